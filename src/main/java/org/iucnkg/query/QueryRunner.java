package org.iucnkg.query;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.iucnkg.model.Iris;
import org.iucnkg.store.KgStore;

/** Runs catalog queries on the store with request values bound into them, whole or one page at a time. */
public final class QueryRunner {
    private final KgStore store;
    private final Iris iris;
    private final Duration timeout;

    public QueryRunner(KgStore store, Iris iris, Duration timeout) {
        this.store = store;
        this.iris = iris;
        this.timeout = timeout;
    }

    /** Every row the query answers for {@code args} (parameter name to value). */
    public Rows all(QueryFile file, Map<String, String> args) {
        return select(Bindings.bind(file, args, iris), file);
    }

    /** Page {@code page} (from 1) of {@code size} rows, and the count of all rows. */
    public Page page(QueryFile file, Map<String, String> args, int page, int size) {
        Query bound = Bindings.bind(file, args, iris);
        Rows rows = select(Counting.pageOf(bound, page, size), file);
        Rows count = select(Counting.countOf(bound), file);
        long total = ((Number) Rows.value(count.bindings().get(0).get(Counting.TOTAL))).longValue();
        return new Page(rows, total, page, size);
    }

    private Rows select(Query query, QueryFile file) {
        try (RDFLink link = store.link()) {
            return Txn.calculateRead(link, () -> {
                try (QueryExec exec = link.newQuery().query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    return Rows.of(exec.select(), file.header().arrays());
                }
            });
        }
    }
}
