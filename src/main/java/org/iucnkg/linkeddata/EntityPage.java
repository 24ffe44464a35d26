package org.iucnkg.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.linkeddata.DocumentPath.Download;
import org.iucnkg.linkeddata.EntityDescription.Sourced;
import org.iucnkg.linkeddata.Terms.Value;

/**
 * What the entity page shows: the label and types, every statement grouped by property with the
 * named graphs that hold it, the links to the resource, downloads, and the description as JSON-LD.
 */
record EntityPage(Value resource, List<Value> types, List<Group> statements, List<Group> incoming, Incoming incomingCount,
        List<Download> downloads, String sparqlHref, String jsonLd) {

    /** The values of one property, each with the graphs that state it. */
    record Group(Value property, List<Row> rows) {}

    record Row(Value value, List<GraphRef> graphs) {}

    /** A named graph, linked to the source document it holds when it holds one. */
    record GraphRef(String name, String iri, String href) {}

    /** How many links point to the resource and how many the page shows; {@code allHref} finds them all. */
    record Incoming(long total, int shown, String allHref) {
        public boolean cut() { return total > shown; }
    }

    private static final List<String> FIRST = List.of(RDF.type.getURI(), RDFS.label.getURI());

    static EntityPage of(String iri, Graph description, List<Sourced> sourced, Incoming incoming, Terms terms,
            List<Download> downloads, String sparqlHref, String jsonLd) {
        Node resource = NodeFactory.createURI(iri);
        List<Value> types = description.find(resource, RDF.type.asNode(), Node.ANY)
                .mapWith(t -> terms.value(t.getObject(), description)).toList();
        types.sort(Terms.BY_TEXT);
        List<Sourced> outgoing = sourced.stream().filter(s -> s.triple().getSubject().equals(resource)).toList();
        List<Sourced> in = sourced.stream().filter(s -> !s.triple().getSubject().equals(resource)).toList();
        return new EntityPage(terms.value(resource, description), types,
                groups(outgoing, Triple::getObject, description, terms), groups(in, Triple::getSubject, description, terms),
                incoming, downloads, sparqlHref, jsonLd);
    }

    /** Groups statements by property (rdf:type and rdfs:label first, then by short name), values by text. */
    private static List<Group> groups(List<Sourced> statements, Function<Triple, Node> valueOf, Graph labels, Terms terms) {
        Map<Node, Map<Node, List<GraphRef>>> byProperty = new LinkedHashMap<>();
        for (Sourced s : statements) {
            byProperty.computeIfAbsent(s.triple().getPredicate(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(valueOf.apply(s.triple()), v -> new ArrayList<>())
                    .add(graph(s, terms));
        }
        List<Group> groups = new ArrayList<>();
        byProperty.forEach((property, values) -> {
            List<Row> rows = new ArrayList<>();
            values.forEach((value, graphs) -> rows.add(new Row(terms.value(value, labels), graphs)));
            rows.sort(Comparator.comparing(Row::value, Terms.BY_TEXT));
            groups.add(new Group(terms.value(property, labels), rows));
        });
        groups.sort(Comparator.comparing((Group g) -> rank(g.property().iri())).thenComparing(g -> terms.shortName(g.property().iri())));
        return groups;
    }

    private static int rank(String property) {
        int i = FIRST.indexOf(property);
        return i < 0 ? FIRST.size() : i;
    }

    private static GraphRef graph(Sourced s, Terms terms) {
        return new GraphRef(terms.shortName(s.graph()), s.graph(), s.source() == null ? null : terms.href(s.source()));
    }
}
