package org.iucnkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.junit.jupiter.api.Test;

class SubjectTargetsTest {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final IRI SHAPE = VF.createIRI("https://w3id.org/iucn-kg/shapes#worksOn-value");
    private static final IRI WORKS_ON = VF.createIRI("https://w3id.org/iucn-kg/ontology#worksOn");
    private static final IRI MARKER = VF.createIRI("urn:iucn-kg:validation:subject-of:https://w3id.org/iucn-kg/ontology#worksOn");

    @Test
    void theTargetBecomesTheMarkerAndEachSubjectIsMarkedOnce() {
        SubjectTargets targets = SubjectTargets.rewrite(List.of(
                VF.createStatement(SHAPE, RDF.TYPE, SHACL.PROPERTY_SHAPE),
                VF.createStatement(SHAPE, SHACL.TARGET_SUBJECTS_OF, WORKS_ON),
                VF.createStatement(SHAPE, SHACL.PATH, WORKS_ON)));
        IRI org = VF.createIRI("https://w3id.org/iucn-kg/id/org/wwf");
        List<Statement> data = List.of(
                VF.createStatement(org, WORKS_ON, VF.createIRI("https://w3id.org/iucn-kg/id/instrument/a")),
                VF.createStatement(org, WORKS_ON, VF.createIRI("https://w3id.org/iucn-kg/id/instrument/b")),
                VF.createStatement(org, RDF.TYPE, VF.createIRI("http://www.w3.org/ns/org#Organization")));

        List<Statement> fed = new ArrayList<>();
        targets.withMarkers(data::forEach, fed::add);

        assertEquals(List.of(VF.createStatement(SHAPE, RDF.TYPE, SHACL.PROPERTY_SHAPE), VF.createStatement(SHAPE, SHACL.TARGET_SUBJECTS_OF, MARKER),
                VF.createStatement(SHAPE, SHACL.PATH, WORKS_ON)), targets.shapes());
        List<Statement> expected = new ArrayList<>(data);
        expected.add(VF.createStatement(org, MARKER, VF.createLiteral(true)));
        assertEquals(expected, fed);
    }

    @Test
    void closedShapesWouldSeeTheMarkersSoNothingIsRewritten() {
        List<Statement> shapes = List.of(
                VF.createStatement(SHAPE, SHACL.TARGET_SUBJECTS_OF, WORKS_ON),
                VF.createStatement(SHAPE, SHACL.CLOSED, VF.createLiteral(true)));

        SubjectTargets targets = SubjectTargets.rewrite(shapes);

        assertEquals(shapes, targets.shapes());
        List<Statement> fed = new ArrayList<>();
        targets.withMarkers(sink -> sink.accept(VF.createStatement(SHAPE, WORKS_ON, WORKS_ON)), fed::add);
        assertEquals(1, fed.size());
    }
}
