package org.iucnkg.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.iucnkg.store.KgStore;

/** Reads one named graph of the store whole (the ontology and concept graphs are small). */
final class NamedGraphs {
    private NamedGraphs() {}

    /** A copy in memory: a local store's graph is a view that works only inside the transaction. */
    static Graph read(KgStore store, String graphName) {
        try (RDFLink link = store.link()) {
            return Txn.calculateRead(link, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(copy, link.get(graphName));
                return copy;
            });
        }
    }
}
