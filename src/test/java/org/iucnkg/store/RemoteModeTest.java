package org.iucnkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.ServiceTest;
import org.iucnkg.testing.StandaloneFuseki;
import org.iucnkg.testing.URLs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Remote mode end to end: the application on a random port over a standalone Fuseki server running as
 * its own process, which wants credentials. Every route works as in embedded mode; checks on the
 * remote store query it directly.
 */
@DirtiesContext
class RemoteModeTest extends ServiceTest {
    static final String REMOTE_USER = "kg";
    static final String REMOTE_PASSWORD = "kg-remote-password";
    private static final StandaloneFuseki FUSEKI = StandaloneFuseki.start(REMOTE_USER, REMOTE_PASSWORD);
    static final String JSON = "application/sparql-results+json";
    static final String HAS_TANZANIA = "ASK { <https://w3id.org/iucn-kg/id/country/TZ> ?p ?o }";
    static final String TANZANIA = "<https://w3id.org/iucn-kg/id/country/TZ> a <https://w3id.org/iucn-kg/ontology#Country> ;"
            + " <http://www.w3.org/2000/01/rdf-schema#label> \"Tanzania\" ; <https://w3id.org/iucn-kg/ontology#countryCode> ";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry settings) {
        settings.add("kg.store.mode", () -> "remote");
        settings.add("kg.store.query-url", () -> FUSEKI.endpoint("sparql"));
        settings.add("kg.store.update-url", () -> FUSEKI.endpoint("update"));
        settings.add("kg.store.gsp-url", () -> FUSEKI.endpoint("data"));
        settings.add("kg.store.username", () -> REMOTE_USER);
        settings.add("kg.store.password", () -> REMOTE_PASSWORD);
        settings.add("kg.sparql.max-rows", () -> "5");
    }

    @AfterAll
    static void stopFuseki() {
        FUSEKI.close();
    }

    @Test
    void theStoreIsTheRemoteOneAndItsDefaultGraphIsTheUnion() {
        assertThat(store).isInstanceOf(RemoteStore.class);
        assertThat(((RemoteStore) store).defaultGraphIsUnion()).isTrue();
    }

    @Test
    void queriesRunOnTheRemoteStore() {
        HttpResponse<String> response = http.query("SELECT ?label WHERE { ?org <https://w3id.org/iucn-kg/ontology#country> ?c ."
                + " ?c <" + RDFS.label.getURI() + "> ?label } ORDER BY ?label", JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(values(response.body())).containsExactly("Kenya", "United Kingdom");
    }

    @Test
    void protocolDatasetIsAppliedByTheRemoteStore() {
        HttpResponse<String> response = http.get("/sparql?default-graph-uri=" + URLs.encode(Fixtures.REFERENCE) + "&query="
                + URLs.encode("SELECT ?label WHERE { ?x <" + RDFS.label.getURI() + "> ?label } ORDER BY ?label"), JSON);

        assertThat(values(response.body())).containsExactly("Kenya", "United Kingdom");
    }

    @Test
    void constructAnswersTurtle() {
        HttpResponse<String> response = http.query("CONSTRUCT WHERE { <" + Fixtures.AWF + "> <" + RDFS.label.getURI() + "> ?l }", "text/turtle");

        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(parsed);
        assertThat(parsed.getDefaultGraph().contains(NodeFactory.createURI(Fixtures.AWF), RDFS.label.asNode(),
                NodeFactory.createLiteralString("African Wildlife Foundation"))).isTrue();
    }

    @Test
    void limitsHoldInRemoteMode() {
        HttpResponse<String> capped = http.query("SELECT * WHERE { ?s ?p ?o }", JSON);
        HttpResponse<String> service = http.query("SELECT * WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }", JSON);

        assertThat(values(capped.body())).hasSize(5);
        assertThat(service.statusCode()).isEqualTo(400);
    }

    @Test
    void serviceDescriptionListsTheRemoteGraphs() {
        HttpResponse<String> response = http.get("/sparql", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(Fixtures.REFERENCE).contains(Fixtures.SOURCE);
    }

    @Test
    void validUpdateReachesTheRemoteStore() {
        long before = store.version();

        HttpResponse<String> response = admin.update("INSERT DATA { GRAPH <" + Fixtures.REFERENCE + "> { " + TANZANIA + "\"TZ\" } }");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(Fixtures.ask(store, HAS_TANZANIA)).isTrue();
        assertThat(Fixtures.ask(store, "ASK { <" + Fixtures.AWF + "> ?p ?o }")).isTrue();
        assertThat(store.version()).isGreaterThan(before);
    }

    @Test
    void updateBreakingTheShapesLeavesTheRemoteStoreUnchanged() {
        HttpResponse<String> response = admin.update("INSERT DATA { GRAPH <" + Fixtures.REFERENCE + "> { " + TANZANIA + "\"Tanzania\" } }");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("A country has exactly one ikg:countryCode: its ISO 3166-1 alpha-2 code");
        assertThat(Fixtures.ask(store, HAS_TANZANIA)).isFalse();
    }

    @Test
    void anonymousUpdateIsRefused() {
        assertThat(http.update("INSERT DATA { GRAPH <" + Fixtures.REFERENCE + "> { " + TANZANIA + "\"TZ\" } }").statusCode()).isEqualTo(401);
        assertThat(Fixtures.ask(store, HAS_TANZANIA)).isFalse();
    }

    @Test
    void graphStoreWritesAndReadsGoThroughTheRemoteStore() {
        String graph = "https://w3id.org/iucn-kg/graph/extra";

        HttpResponse<String> put = admin.send("PUT", "/data?graph=" + URLs.encode(graph), "text/turtle", TANZANIA + "\"TZ\" .");
        HttpResponse<String> get = http.get("/data?graph=" + URLs.encode(graph), "application/n-triples");
        HttpResponse<String> delete = admin.send("DELETE", "/data?graph=" + URLs.encode(graph), null, null);

        assertThat(put.statusCode()).isEqualTo(201);
        assertThat(get.body()).contains("\"Tanzania\"");
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(Fixtures.graphNames(store)).containsExactlyInAnyOrder(Fixtures.REFERENCE, Fixtures.SOURCE);
    }

    private static List<String> values(String json) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<String> values = new ArrayList<>();
        String var = results.getResultVars().get(0);
        results.forEachRemaining(row -> {
            Node node = row.get(var).asNode();
            values.add(node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
        });
        return values;
    }
}
