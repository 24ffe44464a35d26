package org.iucnkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.URLs;
import org.junit.jupiter.api.Test;

/** The routes besides querying: service description, Graph Store reads, health and metrics, and what is not there. */
class ServiceRoutesTest extends EmbeddedServiceTest {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @Test
    void bareGetOfTheEndpointAnswersTheServiceDescription() {
        HttpResponse<String> response = http.get("/sparql", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        Model description = ModelFactory.createModelForGraph(QueryEndpointTest.parse(response.body(), Lang.TURTLE).getDefaultGraph());
        var service = description.listResourcesWithProperty(description.createProperty(SD, "endpoint"), description.createResource(http.url("/sparql"))).toList();
        assertThat(service).hasSize(1);
        var query = service.get(0);
        assertThat(query.hasProperty(RDF.type, description.createResource(SD + "Service"))).isTrue();
        assertThat(query.hasProperty(description.createProperty(SD, "supportedLanguage"), description.createResource(SD + "SPARQL11Query"))).isTrue();
        assertThat(query.hasProperty(description.createProperty(SD, "feature"), description.createResource(SD + "UnionDefaultGraph"))).isTrue();
        assertThat(query.hasProperty(description.createProperty(SD, "resultFormat"),
                description.createResource("http://www.w3.org/ns/formats/SPARQL_Results_JSON"))).isTrue();
        assertThat(description.listObjectsOfProperty(description.createProperty(SD, "name")).toList())
                .extracting(Object::toString).containsExactly(Fixtures.REFERENCE, Fixtures.SOURCE);
    }

    @Test
    void serviceDescriptionIsNegotiated() {
        HttpResponse<String> response = http.get("/sparql", "application/ld+json");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
        assertThat(QueryEndpointTest.parse(response.body(), Lang.JSONLD).getDefaultGraph()
                .contains(Node.ANY, NodeFactory.createURI(SD + "endpoint"), NodeFactory.createURI(http.url("/sparql")))).isTrue();
    }

    @Test
    void graphStoreReadsAGraphAndTheUnion() {
        HttpResponse<String> named = http.get("/data?graph=" + URLs.encode(Fixtures.SOURCE), "text/turtle");
        HttpResponse<String> union = http.get("/data?default", "text/turtle");

        Graph source = QueryEndpointTest.parse(named.body(), Lang.TURTLE).getDefaultGraph();
        Graph all = QueryEndpointTest.parse(union.body(), Lang.TURTLE).getDefaultGraph();
        Node awf = NodeFactory.createURI(Fixtures.AWF), kenya = NodeFactory.createURI(Fixtures.KENYA);
        assertThat(source.contains(awf, RDFS.label.asNode(), Node.ANY)).isTrue();
        assertThat(source.contains(kenya, RDFS.label.asNode(), Node.ANY)).isFalse();
        assertThat(all.contains(awf, RDFS.label.asNode(), Node.ANY)).isTrue();
        assertThat(all.contains(kenya, RDFS.label.asNode(), NodeFactory.createLiteralString("Kenya"))).isTrue();
        assertThat(named.headers().firstValue("Access-Control-Allow-Origin")).isEmpty(); // no Origin sent
    }

    @Test
    void graphStoreReadOfAMissingGraphIs404() {
        assertThat(http.get("/data?graph=" + URLs.encode("https://example.org/none"), "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void fusekiAdministrationIsNotThere() {
        assertThat(http.get("/$/server", "application/json").statusCode()).isEqualTo(404);
        assertThat(http.get("/$/ping", "text/plain").statusCode()).isEqualTo(404);
        // a POST outside the API paths is stopped by CSRF protection before routing: there is no route either
        assertThat(admin.send("POST", "/$/datasets?dbName=x&dbType=mem", null, null).statusCode()).isEqualTo(403);
        assertThat(admin.get("/$/datasets", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void healthAndMetricsArePublicAndNothingElseIs() {
        HttpResponse<String> health = http.get("/actuator/health", "application/json");
        HttpResponse<String> metrics = http.get("/actuator/prometheus", "text/plain");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(http.get("/actuator/env", "application/json").statusCode()).isEqualTo(404);
        assertThat(http.get("/actuator/beans", "application/json").statusCode()).isEqualTo(404);
    }
}
