package org.iucnkg.query;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.iucnkg.model.Iris;
import org.iucnkg.store.CacheProperties;
import org.iucnkg.store.KgStore;
import org.iucnkg.store.ResultCache;

/**
 * Runs catalog queries on the store with request values bound into them, whole or one page at a time.
 * Answers are kept per store version: a page and the count of all rows separately, so turning pages
 * does not count again. A page shorter than asked needs no count.
 */
public final class QueryRunner {
    /** What identifies an answer: the query, its arguments, and the page (0 for the count, -1 for all rows). */
    private record Asked(String query, Map<String, String> args, int page, int size) {}

    private final KgStore store;
    private final Iris iris;
    private final Duration timeout;
    private final ResultCache<Asked, Rows> answers;

    public QueryRunner(KgStore store, Iris iris, Duration timeout, CacheProperties cache) {
        this.store = store;
        this.iris = iris;
        this.timeout = timeout;
        this.answers = ResultCache.create(store, cache, rows -> 64L + 64L * rows.size() * Math.max(1, rows.vars().size()));
    }

    /** Every row the query answers for {@code args} (parameter name to value). */
    public Rows all(QueryFile file, Map<String, String> args) {
        return answers.get(new Asked(file.name(), Map.copyOf(args), -1, 0), () -> select(Bindings.bind(file, args, iris), file));
    }

    /** Page {@code page} (from 1) of {@code size} rows, and the count of all rows. */
    public Page page(QueryFile file, Map<String, String> args, int page, int size) {
        Map<String, String> asked = Map.copyOf(args);
        Query bound = Bindings.bind(file, args, iris);
        boolean inSubselect = file.header().pagedInSubselect();
        Rows rows = answers.get(new Asked(file.name(), asked, page, size), () -> select(pageQuery(file.header(), bound, page, size), file));
        // a page with rows but fewer than asked is the last: the rows before it and its own are all there are
        // (a sub-select gives one row per row of the answer, as "Adding a question" in the README asks)
        if (rows.size() > 0 && rows.size() < size) return new Page(rows, (long) (page - 1) * size + rows.size(), page, size);
        Rows count = answers.get(new Asked(file.name(), asked, 0, 0), () -> select(Counting.countOf(bound, inSubselect), file));
        long total = ((Number) Rows.value(count.bindings().get(0).get(Counting.TOTAL))).longValue();
        return new Page(rows, total, page, size);
    }

    /** Whether page {@code page} of {@code size} rows for {@code args} is kept for the store's current version. */
    public boolean kept(QueryFile file, Map<String, String> args, int page, int size) {
        return answers.find(new Asked(file.name(), Map.copyOf(args), page, size)).isPresent();
    }

    /**
     * The query of page {@code page} (from 1) of {@code size} rows of {@code bound}, a query with its header's
     * values bound, cut where its header says: in its sub-select ({@code #+ paging: subselect}) or as a whole.
     */
    public static Query pageQuery(QueryHeader header, Query bound, int page, int size) {
        return Counting.pageOf(bound, header.pagedInSubselect(), page, size);
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
