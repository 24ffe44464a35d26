package org.iucnkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.iucnkg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TDB2 answers rows whose values are read from its node table only when asked for. A row read after the
 * read transaction has ended then has no value where TDB2's node cache is cold (on a large store, most of
 * the values a query never joins on), so Rows must read every value while the transaction is open.
 */
class RowsAfterTheTransactionTest {
    @TempDir
    Path directory;

    @Test
    void everyValueIsThereAfterTheTransactionOnAFreshlyOpenedStore() {
        Graph labels = GraphFactory.createDefaultGraph();
        labels.add(NodeFactory.createURI("https://w3id.org/iucn-kg/id/org/awf"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralString("African Wildlife Foundation"));
        labels.add(NodeFactory.createURI("https://w3id.org/iucn-kg/id/org/ifaw"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralString("International Fund for Animal Welfare"));
        TdbStore written = TdbStore.open(directory);
        written.replaceGraph("https://w3id.org/iucn-kg/graph/test", labels);
        written.close(); // and out of the process's caches: the next open reads the node table from disk

        TdbStore store = TdbStore.open(directory);
        try (RDFLink link = store.link()) {
            Rows rows = Txn.calculateRead(link, () -> Rows.of(link.newQuery()
                    .query(QueryFactory.create("SELECT ?org ?label { GRAPH ?g { ?org <http://www.w3.org/2000/01/rdf-schema#label> ?label } } ORDER BY ?org"))
                    .select(), Set.of()));
            List<Map<String, Object>> records = rows.records();
            assertThat(records).containsExactly(
                    Map.of("org", "https://w3id.org/iucn-kg/id/org/awf", "label", "African Wildlife Foundation"),
                    Map.of("org", "https://w3id.org/iucn-kg/id/org/ifaw", "label", "International Fund for Animal Welfare"));
        } finally {
            store.close();
        }
    }
}
