package org.iucnkg.linkeddata;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
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
    static final String REPORT_ON_040 = ID + "report/001_50aa66a37577ce79";
    static final String REPORT_ON_054 = ID + "report/002_5df53e2cb0b2fe4b";
    private static final Path STORE = Fixtures.tempStore("kg-linked-data");
    private static final Path DUMPS = Fixtures.tempStore("kg-linked-data-dumps");

    @DynamicPropertySource
    static void seeded(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "true");
        settings.add("kg.dumps.path", DUMPS::toString);
        settings.add("kg.linked-data.incoming-limit", () -> INCOMING_LIMIT);
    }

    /** A GET with the given headers (name, value pairs), its body as bytes. */
    HttpResponse<byte[]> fetch(String path, String... headers) {
        return HttpBytes.get(http, path, headers);
    }

    static Graph parse(String body, Lang lang) {
        return RDFParser.fromString(body, lang).toGraph();
    }

    /** When the VoID description says the dataset last changed. */
    Instant voidModified() {
        Graph description = parse(http.get("/void", "text/turtle").body(), Lang.TURTLE);
        Node modified = description.find(NodeFactory.createURI(http.url("/void#dataset")), DCTerms.modified.asNode(), Node.ANY)
                .next().getObject();
        return ((XSDDateTime) modified.getLiteralValue()).asCalendar().toInstant();
    }

    /** The one number a counting SELECT answers over HTTP. */
    long countOverHttp(String query) {
        List<String> values = Results.firstColumn(http.query(query, "application/sparql-results+json").body());
        return Long.parseLong(values.get(0));
    }
}
