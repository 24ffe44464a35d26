package org.iucnkg.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.Results;
import org.iucnkg.testing.ServiceTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application over a TDB2 store in a temporary directory into which the first start ingests the
 * shipped seeds, with its dumps in another temporary directory. The subclasses share one application.
 */
abstract class SeededServiceTest extends ServiceTest {
    /** Smaller than the default, so that the seeds have a resource with more links than a description carries. */
    static final int INCOMING_LIMIT = 50;
    static final String ID = "https://w3id.org/iucn-kg/id/";
    static final String AWF = ID + "org/awf";
    static final String RES_040 = ID + "instrument/wcc-2020-res-040";
    static final String REPORT_ON_040 = ID + "report/001_50aa66a37577ce79";
    static final String REPORT_ON_054 = ID + "report/002_5df53e2cb0b2fe4b";
    private static final Path STORE = Fixtures.tempStore("kg-linked-data");
    private static final Path DUMPS = Fixtures.tempStore("kg-linked-data-dumps");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void seeded(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "true");
        settings.add("kg.dumps.path", DUMPS::toString);
        settings.add("kg.linked-data.incoming-limit", () -> INCOMING_LIMIT);
    }

    /** A GET with the given headers (name, value pairs), its body as bytes. */
    HttpResponse<byte[]> fetch(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path))).GET();
        if (headers.length > 0) request.headers(headers);
        try {
            return CLIENT.send(request.build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Graph parse(String body, Lang lang) {
        return RDFParser.fromString(body, lang).toGraph();
    }

    /** The one number a counting SELECT answers over HTTP. */
    long countOverHttp(String query) {
        List<String> values = Results.firstColumn(http.query(query, "application/sparql-results+json").body());
        return Long.parseLong(values.get(0));
    }
}
