package org.iucnkg.web;

import java.util.List;

import org.iucnkg.store.KgStore;
import org.springframework.stereotype.Component;

/** The properties and classes the graph uses, which the query editor completes; recomputed after writes only. */
@Component
class QueryTerms {
    /** IRIs used as predicates and as types. */
    public record Terms(List<String> properties, List<String> classes) {}

    private final VersionedCache<Terms> cache;

    QueryTerms(GraphReads reads, KgStore store) {
        this.cache = new VersionedCache<>(store, () -> new Terms(
                reads.select("used-properties").stream().map(row -> row.text("term")).toList(),
                reads.select("used-classes").stream().map(row -> row.text("term")).toList()));
    }

    Terms terms() {
        return cache.get();
    }
}
