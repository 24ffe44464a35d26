package org.iucnkg.sparql.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.iucnkg.sparql.SparqlRoutes;
import org.iucnkg.sparql.conformance.ConformanceCase.Exchange;
import org.iucnkg.sparql.conformance.ConformanceCase.Expected;
import org.iucnkg.sparql.conformance.ConformanceCase.Header;
import org.iucnkg.testing.Http;

/**
 * Replays the HTTP exchanges of a test against the running service and checks every response. Paths
 * are mapped as the manifests ask: {@code /sparql/} to the query or update service, {@code /gsp} to
 * the Graph Store; writes carry the admin's credentials.
 */
final class Replay {
    /** Headers the HTTP client sets itself. */
    private static final Set<String> CLIENT_HEADERS = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final Http anonymous;
    private final Http admin;

    Replay(Http anonymous, Http admin) {
        this.anonymous = anonymous;
        this.admin = admin;
    }

    void run(ConformanceCase test) {
        for (int i = 0; i < test.exchanges().size(); i++) {
            Exchange exchange = test.exchanges().get(i);
            String path = route(test, exchange);
            boolean write = path.startsWith(SparqlRoutes.UPDATE)
                    || (path.startsWith(SparqlRoutes.DATA) && !Set.of("GET", "HEAD").contains(exchange.method()));
            HttpResponse<String> response = (write ? admin : anonymous).send(request(exchange, path));
            check(test.label() + " request " + (i + 1) + " (" + exchange.method() + " " + path + ")", exchange.expected(), response);
        }
    }

    static String route(ConformanceCase test, Exchange exchange) {
        String path = exchange.path();
        if (test.suite().startsWith("graph-store-protocol")) return path.replaceFirst("^/gsp", SparqlRoutes.DATA);
        String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
        boolean update = test.id().contains("update") && !isQuery(exchange);
        return (update ? SparqlRoutes.UPDATE : SparqlRoutes.QUERY) + query;
    }

    private static boolean isQuery(Exchange exchange) {
        boolean queryType = exchange.headers().stream().anyMatch(h -> h.value().startsWith("application/sparql-query"));
        return queryType || exchange.path().contains("query=") || (exchange.body() != null && exchange.body().startsWith("query="));
    }

    private HttpRequest.Builder request(Exchange exchange, String path) {
        Charset charset = exchange.bodyEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(exchange.bodyEncoding());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(anonymous.url(path))).method(exchange.method(),
                exchange.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(exchange.body().getBytes(charset)));
        exchange.headers().stream().filter(h -> !CLIENT_HEADERS.contains(h.name().toLowerCase())).forEach(h -> request.header(h.name(), h.value()));
        return request;
    }

    private static void check(String what, Expected expected, HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertThat(expected.statusMatches(response.statusCode()))
                .as("%s answered %d, expected %s: %s", what, response.statusCode(), expected.statuses(), response.body()).isTrue();
        for (Header header : expected.headers()) {
            String actual = response.headers().firstValue(header.name()).orElse("");
            if (header.name().equalsIgnoreCase("content-type"))
                assertThat(sameMediaType(ContentType.create(header.value()), ContentType.create(actual))).as("%s Content-Type %s", what, actual).isTrue();
            else
                assertThat(actual).as("%s header %s", what, header.name()).isEqualToIgnoringCase(header.value());
        }
        if (expected.format() != null) checkFormat(what, expected, contentType, response.body());
        if (expected.rdfBody() != null) {
            Graph expectedGraph = RDFParser.fromString(expected.rdfBody(), Lang.TURTLE).toGraph();
            Graph actual = RDFParser.fromString(response.body(), RDFLanguages.contentTypeToLang(ContentType.create(contentType))).toGraph();
            assertThat(actual.isIsomorphicWith(expectedGraph)).as("%s body %s", what, response.body()).isTrue();
        }
    }

    private static void checkFormat(String what, Expected expected, String contentType, String body) {
        Lang lang = RDFLanguages.contentTypeToLang(ContentType.create(contentType));
        assertThat(lang).as("%s answered an unknown content type %s", what, contentType).isNotNull();
        var in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        switch (expected.format()) {
            case "boolean" -> {
                boolean answer = ResultSetMgr.readBoolean(in, lang);
                if (expected.bool() != null) assertThat(answer).as("%s ASK answer", what).isEqualTo(expected.bool());
            }
            case "tabular" -> assertThat(ResultSetMgr.read(in, lang).getResultVars()).as("%s result variables", what).isNotNull();
            case "RDF" -> assertThat(RDFParser.source(in).lang(lang).toGraph()).as("%s RDF answer", what).isNotNull();
            default -> throw new IllegalArgumentException("unknown expected format " + expected.format());
        }
    }

    private static boolean sameMediaType(ContentType expected, ContentType actual) {
        boolean charsetOk = expected.getCharset() == null || expected.getCharset().equalsIgnoreCase(actual.getCharset());
        return expected.getContentTypeStr().equalsIgnoreCase(actual.getContentTypeStr()) && charsetOk;
    }
}
