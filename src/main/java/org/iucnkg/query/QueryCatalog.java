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
 * the start with the reason. On a remote store a query whose header names a {@code remote} alternative is
 * answered by that one: the embedded store's own SPARQL functions (such as {@code kgf:collaborators}) exist
 * only in this process.
 */
public final class QueryCatalog {
    static final String LOCATION = "classpath*:queries/*.rq";

    private final Map<String, QueryFile> queries;
    private final boolean embedded;

    private QueryCatalog(Map<String, QueryFile> queries, boolean embedded) {
        this.queries = queries;
        this.embedded = embedded;
    }

    /** The catalog for the embedded store. */
    public static QueryCatalog load() {
        return load(true);
    }

    /** The catalog for an embedded store, or ({@code embedded} false) for a remote one. */
    public static QueryCatalog load(boolean embedded) {
        Map<String, QueryFile> queries = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = Objects.requireNonNull(resource.getFilename()).replaceFirst("\\.rq$", "");
                queries.put(name, QueryFile.read(name, resource.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query catalog " + LOCATION, e);
        }
        queries.values().forEach(query -> checkRemote(query, queries));
        return new QueryCatalog(queries, embedded);
    }

    /** The query of that name (on a remote store, its remote alternative if it has one); an unknown name is a programming error. */
    public QueryFile get(String name) {
        QueryFile query = named(name, queries);
        return embedded || query.header().remote().isEmpty() ? query : named(query.header().remote(), queries);
    }

    private static QueryFile named(String name, Map<String, QueryFile> queries) {
        QueryFile query = queries.get(name);
        if (query == null) throw new IllegalArgumentException("no query queries/" + name + ".rq in the catalog");
        return query;
    }

    /** A remote alternative answers the same question: it exists and takes the same parameters. */
    private static void checkRemote(QueryFile query, Map<String, QueryFile> queries) {
        String remote = query.header().remote();
        if (remote.isEmpty()) return;
        QueryFile alternative = queries.get(remote);
        if (alternative == null || !alternative.params().equals(query.params()))
            throw new IllegalStateException("queries/" + query.name() + ".rq: #+ remote names " + remote
                    + ", which must be a query of the catalog with the same parameters");
    }

    /** Every query, by name. */
    public Collection<QueryFile> all() {
        return queries.values();
    }
}
