package org.iucnkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.iucnkg.store.KgStore;
import org.springframework.stereotype.Component;

/**
 * Runs the pages' own SELECT queries ({@code web/queries/<name>.rq} on the classpath) against the store;
 * values are bound into the parsed query, never pasted into its text.
 */
@Component
class GraphReads {
    private final KgStore store;
    private final Map<String, Query> queries = new ConcurrentHashMap<>();

    GraphReads(KgStore store) {
        this.store = store;
    }

    /** The rows of the named query with {@code bindings} (variable name → value) substituted. */
    List<Row> select(String name, Map<String, Node> bindings) {
        Query query = queries.computeIfAbsent(name, GraphReads::load);
        List<Row> rows = new ArrayList<>();
        try (RDFLink link = store.link()) {
            Txn.executeRead(link, () -> {
                QueryExecBuilder builder = link.newQuery().query(query);
                bindings.forEach(builder::substitution);
                try (QueryExec exec = builder.build()) {
                    // TDB2 reads a binding's values lazily: copy them while the transaction is open
                    exec.select().forEachRemaining(binding -> rows.add(new Row(binding.detach())));
                }
            });
        }
        return rows;
    }

    List<Row> select(String name) {
        return select(name, Map.of());
    }

    private static Query load(String name) {
        String resource = "web/queries/" + name + ".rq";
        try (InputStream in = GraphReads.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing query " + resource);
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
