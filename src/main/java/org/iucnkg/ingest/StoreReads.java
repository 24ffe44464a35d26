package org.iucnkg.ingest;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.system.Txn;
import org.iucnkg.store.KgStore;

/** The few questions the ingest asks the store, as SPARQL, so they work on an embedded or a remote store. */
final class StoreReads {
    /** Any triple in a named graph; with {@code ?g} bound, any triple in that graph. */
    private static final String ANY_TRIPLE = "ASK { GRAPH ?g { ?s ?p ?o } }";
    private static final String ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";

    private final KgStore store;

    StoreReads(KgStore store) {
        this.store = store;
    }

    boolean isEmpty() {
        try (RDFLink link = store.link()) {
            return !link.queryAsk(ANY_TRIPLE);
        }
    }

    boolean hasGraph(String graph) {
        try (RDFLink link = store.link()) {
            return Txn.calculateRead(link, () -> link.newQuery().query(ANY_TRIPLE)
                    .substitution("g", NodeFactory.createURI(graph)).ask());
        }
    }

    /** Every triple of every graph, in memory: what {@code validateStore} checks. */
    Graph union() {
        try (RDFLink link = store.link()) {
            return link.queryConstruct(ALL_TRIPLES);
        }
    }
}
