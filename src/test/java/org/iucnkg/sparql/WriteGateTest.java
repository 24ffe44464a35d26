package org.iucnkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.URLs;
import org.junit.jupiter.api.Test;

/** Writes through /update and /data: credentials, the SHACL gate, and a store left unchanged by refused writes. */
class WriteGateTest extends EmbeddedServiceTest {
    static final String PREFIXES = "PREFIX ikg: <https://w3id.org/iucn-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    static final String ADD_TANZANIA = PREFIXES + "INSERT DATA { GRAPH <" + Fixtures.REFERENCE + "> {"
            + " <https://w3id.org/iucn-kg/id/country/TZ> a ikg:Country ; rdfs:label \"Tanzania\" ; ikg:countryCode \"TZ\" } }";
    static final String HAS_TANZANIA = "ASK { <https://w3id.org/iucn-kg/id/country/TZ> ?p ?o }";
    static final String BAD_CODE = PREFIXES + "INSERT DATA { GRAPH <" + Fixtures.REFERENCE + "> {"
            + " <https://w3id.org/iucn-kg/id/country/XX> a ikg:Country ; rdfs:label \"Nowhere\" ; ikg:countryCode \"Nowhere\" } }";
    static final String HAS_NOWHERE = "ASK { <https://w3id.org/iucn-kg/id/country/XX> ?p ?o }";
    static final String CODE_MESSAGE = "A country has exactly one ikg:countryCode: its ISO 3166-1 alpha-2 code, two upper-case letters ('KE', 'GB').";

    @Test
    void anonymousUpdateIsRefusedAndChangesNothing() {
        HttpResponse<String> response = http.update(ADD_TANZANIA);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm=\"IUCN-KG\""));
        assertThat(Fixtures.ask(store, HAS_TANZANIA)).isFalse();
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(http.as("admin", "guess").update(ADD_TANZANIA).statusCode()).isEqualTo(401);
        assertThat(Fixtures.ask(store, HAS_TANZANIA)).isFalse();
    }

    @Test
    void validUpdateIsAcceptedAndBumpsTheVersion() {
        long before = store.version();

        HttpResponse<String> response = admin.update(ADD_TANZANIA);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(Fixtures.ask(store, HAS_TANZANIA)).isTrue();
        assertThat(store.version()).isGreaterThan(before);
    }

    @Test
    void updateWhereClauseSeesTheUnionOfTheGraphs() {
        // the organisation is in the source graph, its country's label in the reference graph
        HttpResponse<String> response = admin.update(PREFIXES + "INSERT { GRAPH <https://w3id.org/iucn-kg/graph/notes> {"
                + " ?org rdfs:comment \"based in Kenya\" } } WHERE { ?org ikg:country/rdfs:label \"Kenya\" }");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(Fixtures.ask(store, "ASK { GRAPH <https://w3id.org/iucn-kg/graph/notes> { <" + Fixtures.AWF
                + "> <http://www.w3.org/2000/01/rdf-schema#comment> \"based in Kenya\" } }")).isTrue();
    }

    @Test
    void updateByFormIsAccepted() {
        HttpResponse<String> response = admin.send("POST", "/update", "application/x-www-form-urlencoded", "update=" + URLs.encode(ADD_TANZANIA));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Fixtures.ask(store, HAS_TANZANIA)).isTrue();
    }

    @Test
    void updateBreakingTheShapesIsRefusedWithTheReport() {
        long before = store.version();

        HttpResponse<String> response = admin.update(BAD_CODE);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body()).contains("The write was refused")
                .contains("https://w3id.org/iucn-kg/id/country/XX")
                .contains(CODE_MESSAGE);
        assertThat(Fixtures.ask(store, HAS_NOWHERE)).isFalse();
        assertThat(store.version()).isEqualTo(before);
    }

    @Test
    void refusalReportComesAsRdfWhenAskedFor() {
        HttpResponse<String> response = admin.update(BAD_CODE, "Accept", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(422);
        Model report = ModelFactory.createModelForGraph(QueryEndpointTest.parse(response.body(), Lang.TURTLE).getDefaultGraph());
        String sh = "http://www.w3.org/ns/shacl#";
        assertThat(report.contains(null, report.createProperty(sh, "conforms"), report.createTypedLiteral(false))).isTrue();
        assertThat(report.contains(null, report.createProperty(sh, "focusNode"),
                report.createResource("https://w3id.org/iucn-kg/id/country/XX"))).isTrue();
    }

    @Test
    void writingIntoTheDefaultGraphIsRefused() {
        HttpResponse<String> response = admin.update("INSERT DATA { <https://example.org/s> <https://example.org/p> 1 }");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains(WriteGate.DEFAULT_GRAPH_IS_UNION);
        assertThat(Fixtures.ask(store, "ASK { <https://example.org/s> ?p ?o }")).isFalse();
    }

    @Test
    void loadIsRefused() {
        HttpResponse<String> response = admin.update("LOAD <file:///etc/passwd> INTO GRAPH <https://example.org/g>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("LOAD is not allowed on this service");
        assertThat(Fixtures.graphNames(store)).containsExactlyInAnyOrder(Fixtures.REFERENCE, Fixtures.SOURCE);
    }

    @Test
    void graphStorePutOfValidDataCreatesTheGraph() {
        String graph = "https://w3id.org/iucn-kg/graph/extra";
        HttpResponse<String> response = admin.send("PUT", "/data?graph=" + URLs.encode(graph), "text/turtle",
                "<https://w3id.org/iucn-kg/id/org/iccwc> a <http://www.w3.org/ns/org#Organization> ;"
                        + " <http://www.w3.org/2000/01/rdf-schema#label> \"ICCWC\" ;"
                        + " <http://purl.org/dc/terms/source> <" + Fixtures.REFERENCE + "> .");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Fixtures.graphNames(store)).contains(graph);
    }

    @Test
    void graphStorePutOfInvalidTurtleAnswersTheParserMessage() {
        HttpResponse<String> response = admin.send("PUT", "/data?graph=" + URLs.encode(Fixtures.SOURCE), "text/turtle",
                "<https://example.org/s> <https://example.org/p> .");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("[line: 1, col: 49");
        assertThat(Fixtures.ask(store, "ASK { <" + Fixtures.AWF + "> ?p ?o }")).isTrue();
    }

    @Test
    void graphStorePutBreakingTheShapesIsRefused() {
        HttpResponse<String> response = admin.send("PUT", "/data?graph=" + URLs.encode(Fixtures.SOURCE), "text/turtle",
                "<https://w3id.org/iucn-kg/id/org/nameless> a <http://www.w3.org/ns/org#Organization> .");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Every resource needs a name: one untagged English rdfs:label.");
        assertThat(Fixtures.ask(store, "ASK { <" + Fixtures.AWF + "> ?p ?o }")).isTrue();
    }

    @Test
    void graphStoreDeleteBreakingTheShapesIsRefused() {
        // the organisations' countries live in the reference graph
        HttpResponse<String> response = admin.send("DELETE", "/data?graph=" + URLs.encode(Fixtures.REFERENCE), null, null);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("ikg:country points to an ikg:Country (id/country/{ISO code}) from the reference data.");
        assertThat(Fixtures.graphNames(store)).contains(Fixtures.REFERENCE);
    }

    @Test
    void graphStoreDeleteOfAnIndependentGraphIsAccepted() {
        HttpResponse<String> response = admin.send("DELETE", "/data?graph=" + URLs.encode(Fixtures.SOURCE), null, null);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(Fixtures.graphNames(store)).containsExactly(Fixtures.REFERENCE);
    }

    @Test
    void anonymousGraphStoreWritesAreRefused() {
        assertThat(http.send("PUT", "/data?graph=" + URLs.encode(Fixtures.SOURCE), "text/turtle", "").statusCode()).isEqualTo(401);
        assertThat(http.send("DELETE", "/data?graph=" + URLs.encode(Fixtures.SOURCE), null, null).statusCode()).isEqualTo(401);
        assertThat(Fixtures.graphNames(store)).containsExactlyInAnyOrder(Fixtures.REFERENCE, Fixtures.SOURCE);
    }
}
