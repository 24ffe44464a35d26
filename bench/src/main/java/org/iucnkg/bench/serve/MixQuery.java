package org.iucnkg.bench.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.iucnkg.query.Decided;
import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryFile;
import org.iucnkg.query.QueryRunner;

/**
 * One query of the mix: a template from bench/serve (or the service's own queries/NAME.rq, as the REST
 * layer runs it, paged), whose parameter variables get values drawn from the data for each mix.
 *
 * @param paged its values bound, the query of the page asked ({@code #@ limit:}), cut where the REST layer cuts it
 * @param params variable name to the pool its values come from
 */
record MixQuery(String name, Query template, UnaryOperator<Query> paged, Map<String, String> params) {
    /**
     * The mix in its order; {@code ours}: whether the system is this service, with its text index and its own
     * SPARQL functions (else the standard variants, and the service's queries as it asks a remote store).
     */
    static List<MixQuery> load(boolean ours) throws IOException {
        QueryCatalog catalog = QueryCatalog.load(ours);
        List<MixQuery> mix = new ArrayList<>();
        for (String line : resource("bench/serve/mix.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String name = line.strip();
            String standard = ours ? null : optionalResource("bench/serve/" + name + ".standard.rq");
            mix.add(parse(name, standard != null ? standard : resource("bench/serve/" + name + ".rq"), catalog));
        }
        return mix;
    }

    private static MixQuery parse(String name, String text, QueryCatalog catalog) {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#@ ")) header.put(line.substring(3, line.indexOf(':')).strip(), line.substring(line.indexOf(':') + 1).strip());
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : header.getOrDefault("params", "").split(" ")) {
            if (!pair.isBlank()) params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        String limit = header.get("limit");
        if (header.containsKey("named")) {
            QueryFile file = catalog.get(header.get("named"));
            UnaryOperator<Query> page = limit == null ? UnaryOperator.identity()
                    : bound -> QueryRunner.pageQuery(file.header(), bound, 1, Integer.parseInt(limit));
            return new MixQuery(name, file.query(), page, params);
        }
        Query query = QueryFactory.create(text);
        if (limit != null) query.setLimit(Long.parseLong(limit));
        return new MixQuery(name, query, UnaryOperator.identity(), params);
    }

    /** The query text with this mix's values; the same random source gives the same text. */
    String instance(Pools pools, Random random) {
        Map<Var, Node> values = new LinkedHashMap<>();
        params.forEach((variable, pool) -> values.put(Var.alloc(variable), pools.draw(pool, random)));
        // bound and folded as the REST layer does it (BOUND of a constant is no SPARQL)
        return paged.apply(values.isEmpty() ? template : Decided.fold(QueryTransformOps.transform(template, values), Set.of())).serialize();
    }

    boolean isDescribe() { return template.isDescribeType() || template.isConstructType(); }

    private static String resource(String path) throws IOException {
        String text = optionalResource(path);
        if (text == null) throw new IOException("no " + path + " on the class path");
        return text;
    }

    private static String optionalResource(String path) throws IOException {
        try (InputStream in = MixQuery.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
