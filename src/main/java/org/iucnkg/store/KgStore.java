package org.iucnkg.store;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The one way the application reads and writes the graph, embedded (TDB2) or remote (any SPARQL 1.1
 * store with query, update and Graph Store endpoints). The union of all named graphs is the default graph.
 */
public interface KgStore extends AutoCloseable {

    /** A link for SPARQL queries, updates and Graph Store reads against this store. */
    RDFLink link();

    /** Replaces the named graph with {@code content} (creating it if new), atomically. */
    void replaceGraph(String graphName, Graph content);

    /**
     * Replaces several named graphs, in this order. An embedded store does it in one transaction; a
     * remote store graph by graph.
     */
    default void replaceGraphs(Map<String, Graph> graphs) {
        graphs.forEach(this::replaceGraph);
    }

    /** Removes a named graph, atomically; nothing happens if it does not exist. */
    void dropGraph(String graphName);

    /** Changes on every write through this store: the key for ETags and caches. */
    long version();

    /** The local dataset when the store is embedded; empty for a remote store. */
    Optional<DatasetGraph> local();

    @Override
    void close();
}
