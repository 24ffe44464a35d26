package org.iucnkg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.ingest.resolve.OrganisationKnowledge;
import org.iucnkg.ingest.resolve.ReferenceData;
import org.iucnkg.model.IKG;
import org.iucnkg.store.KgStore;

/**
 * What the resolver knows about organisations (the result of
 * {@code ReferenceResolver.KNOWN_ORGANISATIONS_QUERY}), kept in memory while graphs are added, instead
 * of asking the store again before every document, with the resolver's index of it
 * ({@link OrganisationKnowledge}) kept up to date. Each graph's share is remembered, so a graph that
 * is replaced, or a document that is refused after all, takes its share out again.
 */
final class KnownOrganisations {
    private static final List<Node> PREDICATES = List.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode(),
            IKG.acronym.asNode(), IKG.country.asNode());
    private static final String BY_GRAPH = """
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT ?g ?s ?p ?o WHERE {
              ?s a org:Organization .
              GRAPH ?g { ?s ?p ?o }
              VALUES ?p { <%s> <%s> <%s> <%s> <%s> }
            }""".formatted(PREDICATES.stream().map(Node::getURI).toArray());

    /** One graph's share before and after a change, to take the change back. */
    record Change(String graph, Set<Triple> before, Set<Triple> after) {}

    private final Graph known = GraphFactory.createDefaultGraph();
    private final Map<Triple, Integer> counts = new HashMap<>();
    private final Map<String, Set<Triple>> byGraph = new HashMap<>();
    private final OrganisationKnowledge knowledge;

    private KnownOrganisations(ReferenceData reference) {
        this.knowledge = OrganisationKnowledge.of(reference, known);
    }

    /** Nothing known but the reference data: what a dry run resolves against. */
    static KnownOrganisations none(ReferenceData reference) {
        return new KnownOrganisations(reference);
    }

    /** What the store knows now, graph by graph. */
    static KnownOrganisations of(KgStore store, ReferenceData reference) {
        var known = new KnownOrganisations(reference);
        Map<String, Set<Triple>> shares = new HashMap<>();
        try (RDFLink link = store.link()) {
            link.queryRowSet(BY_GRAPH, rows -> rows.forEachRemaining(row -> shares
                    .computeIfAbsent(row.get("g").getURI(), g -> new HashSet<>())
                    .add(Triple.create(row.get("s"), row.get("p"), row.get("o")))));
        }
        shares.forEach(known::put);
        return known;
    }

    /** Read-only by convention: what is known, as {@code KNOWN_ORGANISATIONS_QUERY} gives it. */
    Graph graph() { return known; }

    /** The resolver's index of what is known. */
    OrganisationKnowledge knowledge() { return knowledge; }

    /** {@code content} becomes graph {@code graph}'s share: what it says about organisations. */
    Change replace(String graph, Graph content) {
        Set<Triple> share = new HashSet<>();
        Set<Node> organisations = new HashSet<>();
        content.find(Node.ANY, RDF.type.asNode(), ORG.Organization.asNode()).forEachRemaining(t -> organisations.add(t.getSubject()));
        for (Node p : PREDICATES) {
            content.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (organisations.contains(t.getSubject()) || known.contains(t.getSubject(), RDF.type.asNode(), ORG.Organization.asNode())) {
                    share.add(t);
                }
            });
        }
        Set<Triple> before = put(graph, share);
        return new Change(graph, before, share);
    }

    /** Takes a change back (changes are undone newest first). */
    void undo(Change change) {
        put(change.graph(), change.before());
    }

    private Set<Triple> put(String graph, Set<Triple> share) {
        Set<Triple> before = byGraph.getOrDefault(graph, Set.of());
        int size = known.size();
        before.forEach(t -> counts.computeIfPresent(t, (k, n) -> {
            if (n > 1) return n - 1;
            known.delete(k);
            return null;
        }));
        if (known.size() < size) knowledge.removed();
        List<Triple> added = new ArrayList<>();
        share.forEach(t -> {
            if (counts.merge(t, 1, Integer::sum) == 1) {
                known.add(t);
                added.add(t);
            }
        });
        knowledge.added(added);
        if (share.isEmpty()) byGraph.remove(graph);
        else byGraph.put(graph, share);
        return before;
    }
}
