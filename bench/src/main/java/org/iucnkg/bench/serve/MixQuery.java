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

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.iucnkg.query.Decided;

/**
 * One query of the mix: a template from bench/serve (or the service's own queries/NAME.rq, as the REST
 * layer runs it, paged), whose parameter variables get values drawn from the data for each mix.
 *
 * @param params variable name to the pool its values come from
 */
record MixQuery(String name, Query template, Map<String, String> params) {

    /** The mix in its order; {@code textIndex}: whether the system has a text index (else the standard variants). */
    static List<MixQuery> load(boolean textIndex) throws IOException {
        List<MixQuery> mix = new ArrayList<>();
        for (String line : resource("bench/serve/mix.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String name = line.strip();
            String standard = textIndex ? null : optionalResource("bench/serve/" + name + ".standard.rq");
            mix.add(parse(name, standard != null ? standard : resource("bench/serve/" + name + ".rq")));
        }
        return mix;
    }

    private static MixQuery parse(String name, String text) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#@ ")) header.put(line.substring(3, line.indexOf(':')).strip(), line.substring(line.indexOf(':') + 1).strip());
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : header.getOrDefault("params", "").split(" ")) {
            if (!pair.isBlank()) params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        String body = header.containsKey("named") ? resource("queries/" + header.get("named") + ".rq") : text;
        Query query = QueryFactory.create(body);
        if (header.containsKey("limit")) query.setLimit(Long.parseLong(header.get("limit")));
        return new MixQuery(name, query, params);
    }

    /** The query text with this mix's values; the same random source gives the same text. */
    String instance(Pools pools, Random random) {
        Map<Var, Node> values = new LinkedHashMap<>();
        params.forEach((variable, pool) -> values.put(Var.alloc(variable), pools.draw(pool, random)));
        // bound and folded as the REST layer does it (BOUND of a constant is no SPARQL)
        return (values.isEmpty() ? template : Decided.fold(QueryTransformOps.transform(template, values), Set.of())).serialize();
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
