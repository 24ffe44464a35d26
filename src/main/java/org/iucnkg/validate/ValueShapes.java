package org.iucnkg.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.RDFCollections;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SHACL;

/**
 * The shapes that allow several datatypes for the values of the predicate they target
 * ({@code sh:targetSubjectsOf P ; sh:path P ; sh:or ([sh:datatype xsd:date] [sh:datatype xsd:gYear] ...)}),
 * split from the others. RDF4J 5.2.2 sorts the values of an {@code sh:or} with a comparator that is not
 * transitive across date precisions (2021-06-01 &lt; 2021 &lt; 2021-03 &lt; 2021-06-01), and a large store
 * makes its sort fail ("Comparison method violates its general contract"). The result of such a shape
 * depends on each value alone, so these shapes are validated on their predicates' triples one datatype
 * at a time, where the order is total, with the same results.
 */
record ValueShapes(List<Statement> shapes, List<Statement> others, Set<IRI> predicates) {
    private static final Set<IRI> ALLOWED = Set.of(RDF.TYPE, SHACL.PATH, SHACL.TARGET_SUBJECTS_OF, SHACL.OR, SHACL.MESSAGE,
            SHACL.SEVERITY_PROP, SHACL.NAME, SHACL.DESCRIPTION);

    static ValueShapes split(List<Statement> statements) {
        Model model = new LinkedHashModel(statements);
        Set<Resource> shapes = new LinkedHashSet<>();
        Set<IRI> predicates = new LinkedHashSet<>();
        for (Resource shape : model.filter(null, SHACL.OR, null).subjects()) {
            valuePredicate(model, shape).ifPresent(p -> {
                shapes.add(shape);
                predicates.add(p);
            });
        }
        Set<Resource> closure = closure(model, shapes);
        List<Statement> mine = new ArrayList<>();
        List<Statement> others = new ArrayList<>();
        for (Statement s : statements) (closure.contains(s.getSubject()) ? mine : others).add(s);
        return new ValueShapes(List.copyOf(mine), List.copyOf(others), Set.copyOf(predicates));
    }

    /** P when the shape targets the subjects of P, constrains the values of P, and only by datatype alternatives. */
    private static Optional<IRI> valuePredicate(Model model, Resource shape) {
        Optional<IRI> path = Models.objectIRI(model.filter(shape, SHACL.PATH, null));
        Optional<IRI> target = Models.objectIRI(model.filter(shape, SHACL.TARGET_SUBJECTS_OF, null));
        if (path.isEmpty() || !path.equals(target) || model.filter(shape, SHACL.TARGET_SUBJECTS_OF, null).size() != 1) return Optional.empty();
        if (!model.filter(shape, null, null).predicates().stream().allMatch(ALLOWED::contains)) return Optional.empty();
        for (Value head : model.filter(shape, SHACL.OR, null).objects()) {
            if (!(head instanceof Resource list)) return Optional.empty();
            for (Value member : RDFCollections.asValues(model, list, new ArrayList<>())) {
                if (!(member instanceof Resource r) || !isDatatypeOnly(model, r)) return Optional.empty();
            }
        }
        return path;
    }

    private static boolean isDatatypeOnly(Model model, Resource member) {
        Set<IRI> used = model.filter(member, null, null).predicates();
        return used.contains(SHACL.DATATYPE) && Set.of(SHACL.DATATYPE, RDF.TYPE).containsAll(used);
    }

    /** The shapes and every blank node they lead to (their lists and alternatives). */
    private static Set<Resource> closure(Model model, Set<Resource> shapes) {
        Set<Resource> seen = new HashSet<>(shapes);
        var todo = new ArrayDeque<Resource>(shapes);
        while (!todo.isEmpty()) {
            for (Value o : model.filter(todo.pop(), null, null).objects()) {
                if (o.isBNode() && seen.add((Resource) o)) todo.push((Resource) o);
            }
        }
        return seen;
    }
}
