package org.iucnkg.bench.serve;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;

/**
 * The same questions through the REST routes: every list and detail route of the README, its parameters
 * drawn from the data (the pools, and the source documents the service lists), one request per route
 * per mix, in JSON.
 */
final class RestMix {
    private static final String JSON_TYPE = "application/json";
    private final Http http;
    private final String base;
    private final Pools pools;
    private final List<String> sources;

    private RestMix(Http http, String base, Pools pools, List<String> sources) {
        this.http = http;
        this.base = base;
        this.pools = pools;
        this.sources = sources;
    }

    static RestMix of(Http http, String base, Pools pools) throws IOException, InterruptedException {
        Http.Answer answer = http.get(base + "/api/sources?size=500", JSON_TYPE);
        if (!answer.ok()) throw new IOException("/api/sources answered " + answer.status());
        List<String> ids = new ArrayList<>();
        for (JsonValue item : JSON.parse(new String(answer.body(), StandardCharsets.UTF_8)).get("items").getAsArray()) {
            ids.add(item.getAsObject().get("id").getAsString().value());
        }
        return new RestMix(http, base, pools, ids);
    }

    /** Mix {@code i}: route label and path with values drawn from seed {@code i}. */
    List<MixDriver.Step> mix(int i) {
        Random r = MixDriver.random(i);
        List<MixDriver.Step> steps = new ArrayList<>();
        step(steps, "/api/resolutions?year=", "/api/resolutions?year=" + literal("year", r));
        step(steps, "/api/resolutions/{identifier}", "/api/resolutions/" + key("instrument", "/id/instrument/", r));
        step(steps, "/api/organisations?country=", "/api/organisations?country=" + literal("iso2", r));
        step(steps, "/api/organisations/{id}", "/api/organisations/" + key("organisation", "/id/org/", r));
        step(steps, "/api/countries", "/api/countries");
        step(steps, "/api/countries/{iso2}", "/api/countries/" + literal("iso2", r));
        step(steps, "/api/toolkit", "/api/toolkit");
        step(steps, "/api/events?year=", "/api/events?year=" + literal("year", r));
        step(steps, "/api/search?q=", "/api/search?q=" + literal("word", r));
        step(steps, "/api/sources", "/api/sources");
        step(steps, "/api/sources/{id}", "/api/sources/" + encode(sources.get(r.nextInt(sources.size()))));
        return steps;
    }

    private void step(List<MixDriver.Step> steps, String route, String path) {
        steps.add(new MixDriver.Step(route, () -> http.get(base + path, JSON_TYPE)));
    }

    private String literal(String pool, Random r) {
        return encode(pools.draw(pool, r).getLiteralLexicalForm());
    }

    private String key(String pool, String namespace, Random r) {
        Node iri = pools.draw(pool, r);
        return encode(iri.getURI().substring(iri.getURI().indexOf(namespace) + namespace.length()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
