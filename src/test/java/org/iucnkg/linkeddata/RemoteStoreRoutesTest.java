package org.iucnkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.Results;
import org.iucnkg.testing.ServiceTest;
import org.iucnkg.testing.StandaloneFuseki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The linked-data routes over a remote store (a standalone Fuseki process): the same queries, sent over HTTP. */
@DirtiesContext
class RemoteStoreRoutesTest extends ServiceTest {
    private static final StandaloneFuseki FUSEKI = StandaloneFuseki.start("kg", "remote-secret");
    private static final Path DUMPS = Fixtures.tempStore("kg-remote-dumps");

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry settings) {
        settings.add("kg.store.mode", () -> "remote");
        settings.add("kg.store.query-url", () -> FUSEKI.endpoint("sparql"));
        settings.add("kg.store.update-url", () -> FUSEKI.endpoint("update"));
        settings.add("kg.store.gsp-url", () -> FUSEKI.endpoint("data"));
        settings.add("kg.store.username", () -> "kg");
        settings.add("kg.store.password", () -> "remote-secret");
        settings.add("kg.store.bootstrap", () -> "false");
        settings.add("kg.dumps.path", DUMPS::toString);
    }

    @AfterAll
    static void stopFuseki() {
        FUSEKI.close();
    }

    @BeforeEach
    void fixtures() {
        Fixtures.reset(store);
    }

    @Test
    void entitiesAreDescribedFromTheRemoteStore() {
        Graph graph = RDFParser.fromString(http.get("/id/org/awf", "text/turtle").body(), Lang.TURTLE).toGraph();

        assertThat(graph.contains(NodeFactory.createURI(Fixtures.AWF), RDFS.label.asNode(),
                NodeFactory.createLiteralString("African Wildlife Foundation"))).isTrue();
        assertThat(graph.contains(NodeFactory.createURI(Fixtures.KENYA), RDFS.label.asNode(), NodeFactory.createLiteralString("Kenya"))).isTrue();
        assertThat(http.get("/id/org/awf", "text/html").body()).contains("<h1>African Wildlife Foundation</h1>").contains("graph:test-source");
        assertThat(http.get("/id/org/nope", "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void voidAndDumpsCountTheRemoteStore() throws IOException {
        var dataset = ModelFactory.createModelForGraph(RDFParser.fromString(http.get("/void", "text/turtle").body(), Lang.TURTLE).toGraph())
                .getResource(http.url("/void#dataset"));
        long expected = Long.parseLong(Results.firstColumn(
                http.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "application/sparql-results+json").body()).get(0));

        assertThat(dataset.listProperties(VOID.subset).mapWith(s -> s.getResource().getURI()).toList())
                .containsExactlyInAnyOrder(Fixtures.REFERENCE, Fixtures.SOURCE);
        try (var dump = new GZIPInputStream(new ByteArrayInputStream(HttpBytes.get(http, "/dumps/iucn-kg.nq.gz").body()))) {
            assertThat(RDFParser.source(dump).lang(Lang.NQUADS).toDatasetGraph().stream().count()).isEqualTo(expected);
        }
    }
}
