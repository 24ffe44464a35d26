package org.iucnkg.ingest;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Adds the superclass types the ontology declares, so {@code ?x a org:Organization} finds members and
 * commissions without a reasoner. Only named classes count; restrictions are not types.
 */
final class TypeMaterialiser {
    private final Map<Resource, Set<Resource>> ancestors = new HashMap<>();

    TypeMaterialiser(Model ontology) {
        Map<Resource, Set<Resource>> parents = new HashMap<>();
        ontology.listStatements(null, RDFS.subClassOf, (RDFNode) null).forEach(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()) {
                parents.computeIfAbsent(s.getSubject(), k -> new LinkedHashSet<>()).add(s.getResource());
            }
        });
        parents.keySet().forEach(c -> ancestors.put(c, closure(c, parents)));
    }

    /** Every class above {@code start}, however far up; a cycle in the ontology cannot loop forever. */
    private static Set<Resource> closure(Resource start, Map<Resource, Set<Resource>> parents) {
        Set<Resource> seen = new LinkedHashSet<>();
        var todo = new ArrayDeque<>(parents.getOrDefault(start, Set.of()));
        while (!todo.isEmpty()) {
            Resource next = todo.pop();
            if (!next.equals(start) && seen.add(next)) todo.addAll(parents.getOrDefault(next, Set.of()));
        }
        return seen;
    }

    /** Adds, for every {@code rdf:type} in {@code data}, the types of all its ancestors. */
    void materialise(Model data) {
        List<Statement> typings = data.listStatements(null, RDF.type, (RDFNode) null).toList();
        for (Statement typing : typings) {
            if (!typing.getObject().isURIResource()) continue;
            for (Resource ancestor : ancestors.getOrDefault(typing.getResource(), Set.of())) {
                data.add(typing.getSubject(), RDF.type, ancestor);
            }
        }
    }
}
