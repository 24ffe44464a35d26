package org.iucnkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.Results;
import org.iucnkg.testing.ServiceTest;
import org.iucnkg.testing.StandaloneFuseki;
import org.iucnkg.testing.URLs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Remote mode end to end: the application on a random port over a standalone Fuseki server running as
 * its own process, which wants credentials. On its first start the application ingests the shipped
 * data into the remote store; every route then works as in embedded mode. Checks on the remote store
 * query it directly.
 */
@DirtiesContext
class RemoteModeTest extends ServiceTest {
    static final String REMOTE_USER = "kg";
    static final String REMOTE_PASSWORD = "kg-remote-password";
    private static final StandaloneFuseki FUSEKI = StandaloneFuseki.start(REMOTE_USER, REMOTE_PASSWORD);
    static final String JSON = "application/sparql-results+json";
    static final String TEST_GRAPH = "https://w3id.org/iucn-kg/graph/remote-test";
    static final String TEST_ORGANISATION = "<https://w3id.org/iucn-kg/id/org/remote-test> a <http://www.w3.org/ns/org#Organization> ;"
            + " <http://www.w3.org/2000/01/rdf-schema#label> \"Remote test organisation\" ;"
            + " <http://purl.org/dc/terms/source> <https://w3id.org/iucn-kg/graph/reference> ";
    static final String HAS_TEST_ORGANISATION = "ASK { <https://w3id.org/iucn-kg/id/org/remote-test> ?p ?o }";
    static final String KENYA_LABEL = "SELECT ?label WHERE { <https://w3id.org/iucn-kg/id/country/KE> <" + RDFS.label.getURI() + "> ?label }";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry settings) {
        FUSEKI.asRemoteStore(settings);
        settings.add("kg.sparql.max-rows", () -> "5");
        settings.add("kg.sparql.timeout", () -> "3s");
    }

    @AfterAll
    static void stopFuseki() {
        FUSEKI.close();
    }

    @BeforeEach
    void withoutTestGraph() {
        store.dropGraph(TEST_GRAPH);
    }

    @Test
    void firstStartIngestedTheShippedDataIntoTheRemoteStore() {
        assertThat(store).isInstanceOf(RemoteStore.class);
        assertThat(((RemoteStore) store).defaultGraphIsUnion()).isTrue();
        assertThat(Fixtures.graphNames(store)).contains("https://w3id.org/iucn-kg/graph/ontology",
                "https://w3id.org/iucn-kg/graph/concepts", "https://w3id.org/iucn-kg/graph/reference",
                "https://w3id.org/iucn-kg/graph/000_e0493410fdb9a2bc", "https://w3id.org/iucn-kg/graph/004_c290f9cf53e44b5b");
    }

    @Test
    void queriesRunOnTheRemoteStoreOverTheUnionOfItsGraphs() {
        // the report and its members come from a source graph, the country's name from the reference graph
        HttpResponse<String> response = http.query("PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>"
                + " PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <" + RDFS.getURI() + ">"
                + " SELECT ?country WHERE { ?report ikg:reportsOn/dcterms:identifier \"WCC-2016-Res-025\" ;"
                + " ikg:implementingMember ?member . ?member rdfs:label \"Fauna & Flora International\" ;"
                + " ikg:country/rdfs:label ?country }", JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Results.firstColumn(response.body())).containsExactly("United Kingdom of Great Britain and Northern Ireland");
    }

    @Test
    void awfsCollaboratorsAreRankedByTheJoiningQueryOnARemoteStore() {
        // the remote store has no kgf:collaborators: the catalog answers with organisation-collaborators-remote.
        // Res 040: 13 other members, SSC and five partners; Res 054: the National Whistleblower Center and WCEL
        HttpResponse<String> response = http.get("/api/organisations/awf/collaborators?size=50", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"total\":21", "\"id\":\"nwc\"", "WCC-2020-Res-054");
    }

    @Test
    void protocolDatasetIsAppliedByTheRemoteStore() {
        HttpResponse<String> reference = http.get("/sparql?default-graph-uri=" + URLs.encode("https://w3id.org/iucn-kg/graph/reference")
                + "&query=" + URLs.encode(KENYA_LABEL), JSON);
        HttpResponse<String> source = http.get("/sparql?default-graph-uri=" + URLs.encode("https://w3id.org/iucn-kg/graph/002_5df53e2cb0b2fe4b")
                + "&query=" + URLs.encode(KENYA_LABEL), JSON);

        assertThat(Results.firstColumn(reference.body())).containsExactly("Kenya");
        assertThat(Results.firstColumn(source.body())).isEmpty();
    }

    @Test
    void constructAnswersTurtle() {
        HttpResponse<String> response = http.query("CONSTRUCT WHERE { <https://w3id.org/iucn-kg/id/country/KE> <" + RDFS.label.getURI() + "> ?l }", "text/turtle");

        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(parsed);
        assertThat(parsed.getDefaultGraph().contains(NodeFactory.createURI("https://w3id.org/iucn-kg/id/country/KE"),
                RDFS.label.asNode(), NodeFactory.createLiteralString("Kenya"))).isTrue();
    }

    @Test
    void limitsHoldInRemoteMode() {
        HttpResponse<String> capped = http.query("SELECT * WHERE { ?s ?p ?o }", JSON);
        HttpResponse<String> service = http.query("SELECT * WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }", JSON);

        assertThat(Results.firstColumn(capped.body())).hasSize(5);
        assertThat(service.statusCode()).isEqualTo(400);
    }

    @Test
    void remoteQueryOverTheTimeoutEndsWithTheTimeoutStatus() {
        HttpResponse<String> response = http.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", JSON);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("Query timed out");
    }

    @Test
    void serviceDescriptionListsTheRemoteGraphs() {
        HttpResponse<String> response = http.get("/sparql", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("https://w3id.org/iucn-kg/graph/reference").contains("https://w3id.org/iucn-kg/graph/003_77c0dfcbb0738d32");
    }

    @Test
    void validUpdateReachesTheRemoteStore() {
        long before = store.version();

        HttpResponse<String> response = admin.update("INSERT DATA { GRAPH <" + TEST_GRAPH + "> { " + TEST_ORGANISATION + " } }");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(Fixtures.ask(store, HAS_TEST_ORGANISATION)).isTrue();
        assertThat(Fixtures.graphNames(store)).contains("https://w3id.org/iucn-kg/graph/000_e0493410fdb9a2bc");
        assertThat(store.version()).isGreaterThan(before);
    }

    @Test
    void updateBreakingTheShapesLeavesTheRemoteStoreUnchanged() {
        HttpResponse<String> response = admin.update("INSERT DATA { GRAPH <" + TEST_GRAPH + "> { " + TEST_ORGANISATION
                + "; <https://w3id.org/iucn-kg/ontology#country> <https://w3id.org/iucn-kg/id/org/awf> } }");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("ikg:country points to an ikg:Country (id/country/{ISO code}) from the reference data.");
        assertThat(Fixtures.ask(store, HAS_TEST_ORGANISATION)).isFalse();
    }

    @Test
    void anonymousUpdateIsRefused() {
        assertThat(http.update("INSERT DATA { GRAPH <" + TEST_GRAPH + "> { " + TEST_ORGANISATION + " } }").statusCode()).isEqualTo(401);
        assertThat(Fixtures.ask(store, HAS_TEST_ORGANISATION)).isFalse();
    }

    @Test
    void graphStoreWritesAndReadsGoThroughTheRemoteStore() {
        HttpResponse<String> put = admin.send("PUT", "/data?graph=" + URLs.encode(TEST_GRAPH), "text/turtle", TEST_ORGANISATION + ".");
        HttpResponse<String> get = http.get("/data?graph=" + URLs.encode(TEST_GRAPH), "application/n-triples");
        HttpResponse<String> delete = admin.send("DELETE", "/data?graph=" + URLs.encode(TEST_GRAPH), null, null);

        assertThat(put.statusCode()).isEqualTo(201);
        assertThat(get.body()).contains("\"Remote test organisation\"");
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(Fixtures.ask(store, HAS_TEST_ORGANISATION)).isFalse();
    }
}
