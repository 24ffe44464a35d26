package org.iucnkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The folder {@code queries/} on the classpath: one SPARQL file per question, read and checked once at
 * start. A file that does not parse, lacks a summary, or whose header does not match its parameters stops
 * the start with the reason.
 */
public final class QueryCatalog {
    static final String LOCATION = "classpath*:queries/*.rq";

    private final Map<String, QueryFile> queries;

    private QueryCatalog(Map<String, QueryFile> queries) {
        this.queries = queries;
    }

    public static QueryCatalog load() {
        Map<String, QueryFile> queries = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = Objects.requireNonNull(resource.getFilename()).replaceFirst("\\.rq$", "");
                queries.put(name, QueryFile.read(name, resource.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query catalog " + LOCATION, e);
        }
        return new QueryCatalog(queries);
    }

    /** The query of that name; an unknown name is a programming error. */
    public QueryFile get(String name) {
        QueryFile query = queries.get(name);
        if (query == null) throw new IllegalArgumentException("no query queries/" + name + ".rq in the catalog");
        return query;
    }

    /** Every query, by name. */
    public Collection<QueryFile> all() {
        return queries.values();
    }
}
