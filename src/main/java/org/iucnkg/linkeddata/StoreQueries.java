package org.iucnkg.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;
import org.iucnkg.store.KgStore;

/** Runs this package's queries on the store, in a read transaction, with values bound to variables (never pasted). */
final class StoreQueries {
    private StoreQueries() {}

    /** All rows, every value read before the transaction ends (TDB2 reads a row's values lazily). */
    static RowSet select(KgStore store, Query query, Map<String, Node> bindings) {
        return run(store, query, bindings, exec -> {
            try (QueryExec execution = exec.build()) {
                RowSet rows = execution.select();
                List<Binding> detached = new ArrayList<>();
                rows.forEachRemaining(binding -> detached.add(binding.detach()));
                return RowSetMem.create(RowSetStream.create(rows.getResultVars(), detached.iterator()));
            }
        });
    }

    static <T> T run(KgStore store, Query query, Map<String, Node> bindings, Function<QueryExecBuilder, T> answer) {
        try (RDFLink link = store.link()) {
            return Txn.calculateRead(link, () -> {
                QueryExecBuilder exec = link.newQuery().query(query);
                bindings.forEach(exec::substitution);
                return answer.apply(exec);
            });
        }
    }
}
