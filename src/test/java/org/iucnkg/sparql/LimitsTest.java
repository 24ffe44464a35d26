package org.iucnkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.testing.Results;
import org.junit.jupiter.api.Test;

/** The limits of the public endpoint: SERVICE, custom functions, timeout, row cap, body size. */
class LimitsTest extends EmbeddedServiceTest {
    static final String ALL_TRIPLES = "SELECT * WHERE { ?s ?p ?o }";
    static final int FIXTURE_TRIPLES = 16;
    static final String JSON = "application/sparql-results+json";

    @Test
    void serviceIsRefusedWithAClearMessage() {
        HttpResponse<String> response = http.query("SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }", JSON);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(QueryGuard.SERVICE_REFUSED);
    }

    @Test
    void serviceInsideExistsIsRefusedToo() {
        HttpResponse<String> response = http.query(
                "ASK { ?s ?p ?o FILTER EXISTS { SERVICE <https://example.org/sparql> { ?s ?p ?o } } }", JSON);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(QueryGuard.SERVICE_REFUSED);
    }

    @Test
    void functionsLoadedByClassNameAreRefused() {
        HttpResponse<String> java = http.query("SELECT (<java:org.apache.jena.sparql.function.library.sha1sum>(\"x\") AS ?v) {}", JSON);
        HttpResponse<String> script = http.query("SELECT (<http://jena.apache.org/ARQ/jsFunction#f>(1) AS ?v) {}", JSON);

        assertThat(java.statusCode()).isEqualTo(400);
        assertThat(java.body()).contains("Unknown function <java:org.apache.jena.sparql.function.library.sha1sum>");
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(script.body()).contains("Unknown function <http://jena.apache.org/ARQ/jsFunction#f>");
    }

    @Test
    void builtInFunctionsStillWork() {
        HttpResponse<String> response = http.query("SELECT (UCASE(\"kenya\") AS ?label) {}", JSON);

        assertThat(Results.firstColumn(response.body(), ResultSetLang.RS_JSON)).containsExactly("KENYA");
    }

    @Test
    void longQueryEndsWithTheTimeoutStatus() {
        store.replaceGraph("https://example.org/many", manyTriples(200));

        HttpResponse<String> response = http.query(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", JSON);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("Query timed out");
    }

    @Test
    void anonymousResultsAreCapped() {
        HttpResponse<String> response = http.query(ALL_TRIPLES, JSON);

        assertThat(Results.firstColumn(response.body(), ResultSetLang.RS_JSON)).hasSize(MAX_ROWS);
        assertThat(response.headers().firstValue("X-Row-Cap")).hasValue(Integer.toString(MAX_ROWS));
    }

    @Test
    void aSmallerLimitIsKept() {
        HttpResponse<String> response = http.query(ALL_TRIPLES + " LIMIT 3", JSON);

        assertThat(Results.firstColumn(response.body(), ResultSetLang.RS_JSON)).hasSize(3);
        assertThat(response.headers().firstValue("X-Row-Cap")).isEmpty();
    }

    @Test
    void signedInResultsAreNotCapped() {
        HttpResponse<String> response = admin.query(ALL_TRIPLES, JSON);

        assertThat(Results.firstColumn(response.body(), ResultSetLang.RS_JSON)).hasSize(FIXTURE_TRIPLES);
        assertThat(response.headers().firstValue("X-Row-Cap")).isEmpty();
    }

    @Test
    void bodyOverTheLimitIs413() {
        HttpResponse<String> response = http.send(post("application/sparql-query")
                .POST(BodyPublishers.ofString("ASK {" + " ".repeat(3_500_000) + "}")));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Request body too large: the limit is 3072 KB");
    }

    /**
     * Asked first (Expect: 100-continue, as curl does for large bodies), the server refuses before the body is
     * sent: the 413 comes whole, with no "100 Continue" before it, and the connection is closed. Written on a
     * socket because Java 17's HTTP client waits forever for a body after a refused expectation (JDK-8286171).
     */
    @Test
    void oversizedBodyIsRefusedBeforeItIsSent() throws IOException {
        URI endpoint = URI.create(http.url("/sparql"));
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: 3500000\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413 ").contains("Connection: close")
                    .endsWith("Request body too large: the limit is 3072 KB (kg.sparql.max-body-size).\n");
        }
    }

    @Test
    void chunkedBodyOverTheLimitIs413() {
        byte[] body = ("ASK {" + " ".repeat(3_500_000) + "}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(post("application/sparql-query")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void formBodyLargerThanTomcatsDefaultIsAccepted() {
        // padded with spaces (one '+' each in a form): long single tokens parse slowly in JavaCC
        String form = "query=" + URLEncoder.encode("ASK { ?s ?p ?o" + " ".repeat(2_500_000) + "}", StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(post("application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"boolean\" : true");
    }

    private HttpRequest.Builder post(String contentType) {
        return HttpRequest.newBuilder(URI.create(http.url("/sparql"))).header("Content-Type", contentType).header("Accept", JSON);
    }

    private static Graph manyTriples(int count) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < count; i++)
            graph.add(NodeFactory.createURI("https://example.org/s" + i), NodeFactory.createURI("https://example.org/p"),
                    NodeFactory.createLiteralString("o" + i));
        return graph;
    }
}
