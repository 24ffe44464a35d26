package org.iucnkg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.SHACL;

/**
 * The shapes with {@code sh:targetSubjectsOf P}, rewritten to target the subjects of a marker
 * predicate of their own, and the marker triples (one per distinct subject of P) that go with the
 * data. RDF4J 5.2.2 finds such targets with the pattern {@code ?target P ?x} and joins it with the
 * shape's path, so a subject with k values of P gives k × k rows before its results are made
 * distinct: at 1m triples the organisation with the most sources alone gave 3 million rows for
 * {@code prov:wasDerivedFrom}. A marker triple per subject makes each target one row. The targets
 * are the same nodes, the paths and constraints are untouched, and no shape can see the markers
 * (their predicates are private and no shape is closed), so the results are the same.
 */
record SubjectTargets(List<Statement> shapes, Map<IRI, IRI> markers) {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final String MARKER = "urn:iucn-kg:validation:subject-of:";
    private static final Literal YES = VF.createLiteral(true);

    /** The shapes with each {@code sh:targetSubjectsOf P} pointing at P's marker; unchanged when a shape is closed. */
    static SubjectTargets rewrite(List<Statement> shapes) {
        if (shapes.stream().anyMatch(s -> s.getPredicate().equals(SHACL.CLOSED))) return new SubjectTargets(shapes, Map.of());
        List<Statement> rewritten = new ArrayList<>(shapes.size());
        Map<IRI, IRI> markers = new HashMap<>();
        for (Statement s : shapes) {
            if (s.getPredicate().equals(SHACL.TARGET_SUBJECTS_OF) && s.getObject() instanceof IRI p) {
                IRI marker = markers.computeIfAbsent(p, k -> VF.createIRI(MARKER + k.stringValue()));
                rewritten.add(VF.createStatement(s.getSubject(), s.getPredicate(), marker, s.getContext()));
            } else {
                rewritten.add(s);
            }
        }
        return new SubjectTargets(List.copyOf(rewritten), Map.copyOf(markers));
    }

    /** Passes each statement of {@code statements} on, then one marker triple per distinct subject of each targeted predicate. */
    void withMarkers(Consumer<Consumer<Statement>> statements, Consumer<Statement> sink) {
        Set<Statement> marks = new LinkedHashSet<>();
        statements.accept(s -> {
            sink.accept(s);
            IRI marker = markers.get(s.getPredicate());
            if (marker != null) marks.add(VF.createStatement(s.getSubject(), marker, YES));
        });
        marks.forEach(sink);
    }
}
