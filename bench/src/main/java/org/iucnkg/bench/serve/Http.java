package org.iucnkg.bench.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.resultset.ResultSetLang;

/** HTTP for the clients: SPARQL protocol queries (form POST) and REST GETs, each timed to its last byte. */
final class Http {
    static final String RESULTS = "application/sparql-results+json";
    static final String TURTLE = "text/turtle";
    // a slower answer counts as a failed request (and its wait as time of the mix)
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A whole answer: status, body, milliseconds from sending to the last byte. */
    record Answer(int status, byte[] body, double millis) {
        boolean ok() { return status == 200; }
    }

    Answer query(String endpoint, String query, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        return send(request);
    }

    Answer get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", accept).GET().build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        var response = client.send(request, BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1e6);
    }

    /** Rows of a SELECT, or triples of a DESCRIBE/CONSTRUCT. */
    long count(String endpoint, String query, boolean graph) throws IOException, InterruptedException {
        Answer answer = required(endpoint, query, graph ? TURTLE : RESULTS);
        if (graph) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(answer.body())).lang(Lang.TURTLE).parse(g);
            return g.size();
        }
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_JSON);
        long rows = 0;
        for (; results.hasNext(); results.next()) rows++;
        return rows;
    }

    private Answer required(String endpoint, String query, String accept) throws IOException, InterruptedException {
        Answer answer = query(endpoint, query, accept);
        if (!answer.ok()) {
            throw new IOException(endpoint + " answered " + answer.status() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8).lines().limit(5).toList() + "\nto " + query);
        }
        return answer;
    }
}
