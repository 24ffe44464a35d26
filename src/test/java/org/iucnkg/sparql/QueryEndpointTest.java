package org.iucnkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.Results;
import org.iucnkg.testing.URLs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The query endpoint over HTTP: methods, result formats, negotiation, and the union default graph. */
class QueryEndpointTest extends EmbeddedServiceTest {
    static final String LABEL_OF_AWF = "SELECT ?label WHERE { <" + Fixtures.AWF + "> <" + RDFS.label.getURI() + "> ?label }";
    static final String CONSTRUCT_AWF = "CONSTRUCT { ?s <" + RDFS.label.getURI() + "> ?l } WHERE { BIND(<" + Fixtures.AWF
            + "> AS ?s) ?s <" + RDFS.label.getURI() + "> ?l }";

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void selectAnswersInEachResultFormat(String accept) {
        HttpResponse<String> response = http.query(LABEL_OF_AWF, accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(accept));
        assertThat(Results.firstColumn(response.body(), RDFLanguages.contentTypeToLang(accept))).containsExactly("African Wildlife Foundation");
    }

    @Test
    void formatParameterChoosesTheResultFormat() {
        HttpResponse<String> response = http.get("/sparql?format=json&query=" + URLs.encode(LABEL_OF_AWF), "*/*");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/sparql-results+json"));
        assertThat(Results.firstColumn(response.body(), ResultSetLang.RS_JSON)).containsExactly("African Wildlife Foundation");
    }

    @Test
    void queryByFormPostAndDirectPost() {
        HttpResponse<String> form = http.send("POST", "/sparql", "application/x-www-form-urlencoded",
                "query=" + URLs.encode(LABEL_OF_AWF), "Accept", "application/sparql-results+json");
        HttpResponse<String> direct = http.send("POST", "/sparql", "application/sparql-query", LABEL_OF_AWF,
                "Accept", "application/sparql-results+json");

        assertThat(Results.firstColumn(form.body(), ResultSetLang.RS_JSON)).containsExactly("African Wildlife Foundation");
        assertThat(Results.firstColumn(direct.body(), ResultSetLang.RS_JSON)).containsExactly("African Wildlife Foundation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
            "application/trig", "application/n-quads"})
    void constructAnswersInEachRdfFormat(String accept) {
        HttpResponse<String> response = http.query(CONSTRUCT_AWF, accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(accept));
        DatasetGraph parsed = parse(response.body(), RDFLanguages.contentTypeToLang(accept));
        assertThat(parsed.contains(Node.ANY, NodeFactory.createURI(Fixtures.AWF), RDFS.label.asNode(),
                NodeFactory.createLiteralString("African Wildlife Foundation"))).isTrue();
    }

    @Test
    void describeAndAsk() {
        HttpResponse<String> describe = http.query("DESCRIBE <" + Fixtures.AWF + ">", "text/turtle");
        HttpResponse<String> ask = http.query("ASK { <" + Fixtures.AWF + "> ?p ?o }", "application/sparql-results+json");

        assertThat(parse(describe.body(), Lang.TURTLE).getDefaultGraph()
                .contains(NodeFactory.createURI(Fixtures.AWF), RDFS.label.asNode(), NodeFactory.createLiteralString("African Wildlife Foundation"))).isTrue();
        assertThat(ask.body()).contains("\"boolean\" : true");
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        String organisationsWithCountryLabels = "SELECT ?label WHERE { ?org <https://w3id.org/iucn-kg/ontology#country> ?c ."
                + " ?c <" + RDFS.label.getURI() + "> ?label } ORDER BY ?label";

        HttpResponse<String> response = http.query(organisationsWithCountryLabels, "application/sparql-results+json");

        // organisations are in the source graph, country labels in the reference graph
        assertThat(Results.firstColumn(response.body(), ResultSetLang.RS_JSON)).containsExactly("Kenya", "United Kingdom");
    }

    @Test
    void badQueryAnswers400WithTheParserMessage() {
        HttpResponse<String> response = http.query("SELECT ?x WHERE { ?x ?p }", "application/sparql-results+json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Encountered").contains("line 1");
    }

    @Test
    void readsAreOpenToOtherOrigins() {
        HttpResponse<String> read = http.send("GET", "/sparql?query=" + URLs.encode("ASK {}"), null, null,
                "Origin", "https://example.org", "Accept", "application/sparql-results+json");
        HttpResponse<String> preflight = http.send("OPTIONS", "/sparql", null, null, "Origin", "https://example.org",
                "Access-Control-Request-Method", "POST");

        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("POST"));
    }

    static DatasetGraph parse(String body, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.fromString(body, lang).parse(dataset);
        return dataset;
    }
}
