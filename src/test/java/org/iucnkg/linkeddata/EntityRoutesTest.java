package org.iucnkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /id/...} over HTTP on the seed graph: every format, the headers, 404, 406, 304 and the page. */
class EntityRoutesTest extends SeededServiceTest {
    private static final Node AWF_NODE = NodeFactory.createURI(AWF);

    @Test
    void turtleHoldsTheResourcesStatementsItsNeighboursLabelsAndItsIncomingLinks() {
        HttpResponse<String> response = http.get("/id/org/awf", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Graph graph = parse(response.body(), Lang.TURTLE);
        assertThat(graph.contains(AWF_NODE, RDFS.label.asNode(), NodeFactory.createLiteralString("African Wildlife Foundation"))).isTrue();
        assertThat(graph.contains(AWF_NODE, IKG.acronym.asNode(), NodeFactory.createLiteralString("AWF"))).isTrue();
        assertThat(graph.contains(AWF_NODE, IKG.country.asNode(), uri(ID + "country/KE"))).isTrue();
        assertThat(graph.contains(uri(ID + "country/KE"), RDFS.label.asNode(), NodeFactory.createLiteralString("Kenya"))).isTrue();
        assertThat(graph.contains(uri(REPORT_ON_040), IKG.implementingMember.asNode(), AWF_NODE)).isTrue();
        assertThat(graph.contains(uri(REPORT_ON_054), IKG.implementingMember.asNode(), AWF_NODE)).isTrue();
        assertThat(graph.contains(uri(REPORT_ON_054), RDFS.label.asNode(), NodeFactory.createLiteralString("Progress report on WCC-2020-Res-054"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"application/ld+json, JSON-LD", "application/rdf+xml, RDF/XML", "application/n-triples, N-Triples"})
    void everyRdfFormatHoldsTheSameTriplesAsTurtle(String accept, String langName) {
        Graph turtle = parse(http.get("/id/org/awf", "text/turtle").body(), Lang.TURTLE);
        HttpResponse<String> response = http.get("/id/org/awf", accept);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(accept));
        Graph other = parse(response.body(), RDFLanguages.nameToLang(langName));
        assertThat(other.size()).isEqualTo(turtle.size());
        assertThat(other.isIsomorphicWith(turtle)).isTrue();
    }

    @Test
    void negotiatedAnswersVaryOnAcceptAndNameTheirSuffixUrl() {
        HttpResponse<String> response = http.get("/id/org/awf", "application/ld+json");

        assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
        assertThat(response.headers().firstValue("Content-Location")).contains("/id/org/awf.jsonld");
        assertThat(String.join(", ", response.headers().allValues("Link")))
                .contains("</id/org/awf.ttl>; rel=\"alternate\"; type=\"text/turtle\"")
                .contains("</id/org/awf.nt>; rel=\"alternate\"; type=\"application/n-triples\"");
    }

    @Test
    void aSuffixChoosesTheFormatWhateverTheAcceptHeader() {
        HttpResponse<String> response = http.get("/id/org/awf.ttl", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(response.headers().allValues("Vary")).noneSatisfy(v -> assertThat(v).contains("Accept"));
        assertThat(parse(response.body(), Lang.TURTLE).contains(AWF_NODE, RDFS.label.asNode(), Node.ANY)).isTrue();
    }

    @Test
    void anUnknownResourceIs404() {
        HttpResponse<String> response = http.get("/id/org/nope", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("The graph says nothing about <https://w3id.org/iucn-kg/id/org/nope>");
    }

    @Test
    void aFormatNotOnOfferIs406() {
        HttpResponse<String> response = http.get("/id/org/awf", "image/png");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("text/turtle").contains("application/ld+json");
    }

    @Test
    void theEtagAnswers304UntilTheFormatDiffers() {
        String etag = http.get("/id/org/awf", "text/turtle").headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = fetch("/id/org/awf", "Accept", "text/turtle", "If-None-Match", etag);
        HttpResponse<byte[]> otherFormat = fetch("/id/org/awf", "Accept", "application/n-triples", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(otherFormat.statusCode()).isEqualTo(200);
        assertThat(otherFormat.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void thePageShowsTheLabelTheSourceGraphsTheDownloadsAndTheDescriptionAsJsonLd() {
        HttpResponse<String> response = http.get("/id/org/awf", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        String page = response.body();

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page).contains("<h1>African Wildlife Foundation</h1>")
                .contains("graph:reference").contains("graph:001_50aa66a37577ce79").contains("graph:002_5df53e2cb0b2fe4b")
                .contains("href=\"/id/source/001_50aa66a37577ce79\"")
                .contains("href=\"/id/org/awf.ttl\"").contains("href=\"/id/org/awf.jsonld\"")
                .contains("href=\"/id/org/awf.rdf\"").contains("href=\"/id/org/awf.nt\"")
                .contains("href=\"/id/country/KE\"");
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(script.find()).isTrue();
        Graph embedded = parse(script.group(1), Lang.JSONLD);
        assertThat(embedded.isIsomorphicWith(parse(http.get("/id/org/awf.ttl", "*/*").body(), Lang.TURTLE))).isTrue();
    }

    @Test
    void anInstrumentsPageListsTheReportsOnIt() {
        String page = http.get("/id/instrument/wcc-2020-res-040", "text/html").body();

        assertThat(page).contains("<h1>WCC-2020-Res-040</h1>")
                .contains("Links to this resource")
                .containsPattern("href=\"/ontology#reportsOn\"[^>]*>ikg:reportsOn</a>")
                .containsPattern("href=\"/id/report/001_50aa66a37577ce79\"[^>]*>Progress report on WCC-2020-Res-040</a>");
    }

    @Test
    void incomingLinksStopAtTheLimitAndPointToAQueryForTheRest() {
        String source = ID + "source/003_77c0dfcbb0738d32";
        long all = countOverHttp("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p <" + source + "> }");
        HttpResponse<String> response = http.get("/id/source/003_77c0dfcbb0738d32", "application/n-triples");

        Graph graph = parse(response.body(), Lang.NTRIPLES);
        assertThat(all).isGreaterThan(INCOMING_LIMIT);
        assertThat(graph.find(Node.ANY, Node.ANY, uri(source)).toList()).hasSize(INCOMING_LIMIT);
        assertThat(String.join(", ", response.headers().allValues("Link"))).contains("rel=\"related\"; title=\"all " + all + " statements");
        assertThat(http.get("/id/source/003_77c0dfcbb0738d32", "text/html").body())
                .containsPattern("The first <span>" + INCOMING_LIMIT + "</span> of\\s+<span>" + all + "</span>");
    }

    @Test
    void openInSparqlOpensTheQueryPageWithADescribeQuery() {
        String page = http.get("/id/org/awf", "text/html").body();
        Matcher link = Pattern.compile("href=\"(/query\\?query=[^\"]+)\">Open in SPARQL").matcher(page);
        assertThat(link.find()).isTrue();

        HttpResponse<String> editor = http.get(link.group(1).replace("&amp;", "&"), "text/html");
        assertThat(editor.statusCode()).isEqualTo(200);
        // the query page offers the answer of its query for download, in Turtle among others
        Matcher turtle = Pattern.compile("href=\"(/sparql\\?query=DESCRIBE[^\"]+format=text/turtle)\"").matcher(editor.body());
        assertThat(turtle.find()).isTrue();

        Graph described = parse(http.get(turtle.group(1).replace("&amp;", "&"), "text/turtle").body(), Lang.TURTLE);
        assertThat(described.contains(AWF_NODE, RDFS.label.asNode(), NodeFactory.createLiteralString("African Wildlife Foundation"))).isTrue();
    }

    @Test
    void browsersOnOtherOriginsMayReadTheData() {
        HttpResponse<byte[]> response = fetch("/id/org/awf", "Accept", "text/turtle", "Origin", "https://example.org");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(h -> assertThat(h).contains("ETag"));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
