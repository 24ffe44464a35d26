package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.URLs;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

/**
 * /api/search with a kind, over HTTP on the seed data: the kind is asked inside Lucene, so the limit of
 * 1000 texts counts that kind's texts only, and the answer is otherwise the one without a kind.
 */
class SearchKindRouteTest extends SeededServiceTest {
    static final String ID = "https://w3id.org/iucn-kg/id/";
    static final String WORDS = "q=" + URLs.encode("wildlife kenya crime trade");

    JsonNode search(String query) {
        return Json.ok(http.get("/api/search?" + query, "application/json"));
    }

    @ParameterizedTest
    @CsvSource({
            "organisation, org/kws",                              // "Kenya Wildlife Service"
            "instrument, instrument/unea-1-3",                    // "Illegal trade in wildlife"
            "country, country/KE",
            "event, event/arusha-summit-2014",                    // "Arusha Summit on wildlife crime"
            "document, document/sc66-inf-iccwc",                  // "International Consortium on Combating Wildlife Crime (ICCWC)"
            "report, report/002_5df53e2cb0b2fe4b",                // "... on environmental crime including natural resources crime ..."
            "activity, activity/000_e0493410fdb9a2bc-9",          // "A learning exchange ... was held in Kenya in Nov 2019"
            "planned-action, planned-action/001_50aa66a37577ce79-1", // "... wildlife crime linked to the internet ..."
            "paragraph, instrument/kasane-statement-2015/paragraph/1"})
    void eachKindGivesOnlyItsHitsAsTheSearchWithoutAKindRanksThem(String kind, String best) {
        JsonNode items = sameAsWithoutAKind(WORDS, kind);
        assertThat(items.get(0).path("iri").asString()).isEqualTo(ID + best);
        assertThat(Json.texts(items, "kind")).containsOnly(kind);
    }

    @Test
    void aWordThatIsAlsoTheKindIsMarkedAsWithoutAKind() {
        // "Progress report on WCC-2020-Res-054": the kind clause, report too, weighs nothing in scores and marks
        JsonNode items = sameAsWithoutAKind("q=report", "report");
        assertThat(Json.texts(items, "snippet")).contains("Progress <em>report</em> on WCC-2020-Res-054");
    }

    /** The hits of one kind: the same rows, scores, snippets and order as the unfiltered answer's of that kind. */
    JsonNode sameAsWithoutAKind(String query, String kind) {
        JsonNode filtered = search(query + "&kind=" + kind + "&size=500");
        List<JsonNode> unfiltered = new ArrayList<>();
        search(query + "&size=500").path("items").forEach(hit -> {
            if (hit.path("kind").asString().equals(kind)) unfiltered.add(hit);
        });
        assertThat(filtered.path("total").asInt()).isEqualTo(unfiltered.size());
        assertThat(filtered.path("items")).containsExactlyElementsOf(unfiltered);
        return filtered.path("items");
    }

    @Test
    void reportsBeyondTheBestThousandTextsAreFoundWhenReportsAreAsked() {
        // more than 1000 organisation names match better than the reports' narratives: "The National
        // Whistleblower Center has broadly circulated the resolution ..." (002, Res 054) and "... widely
        // circulated the resolution highlighting the whistleblower provisions" (001, Res 040)
        String graph = "/data?graph=" + URLs.encode("https://w3id.org/iucn-kg/graph/search-kind-test");
        StringBuilder funds = new StringBuilder("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
        IntStream.rangeClosed(1, 1001).forEach(n -> funds.append("<").append(ID).append("org/whistleblower-fund-").append(n)
                .append("> a <http://www.w3.org/ns/org#Organization> ; rdfs:label \"Whistleblower Fund ").append(n)
                .append("\" ; <http://purl.org/dc/terms/source> <https://w3id.org/iucn-kg/graph/reference> .\n"));
        assertThat(admin.send("PUT", graph, "text/turtle", funds.toString()).statusCode()).isIn(200, 201, 204);
        try {
            String reportsInBest1000 = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) WHERE {"
                    + " (?s ?score) text:query (\"whistleblowers\" 1000) FILTER(STRSTARTS(STR(?s), \"" + ID + "report/\")) }";
            JsonNode counted = Json.read(http.query(reportsInBest1000, "application/sparql-results+json").body());
            assertThat(counted.path("results").path("bindings").get(0).path("n").path("value").asString()).isEqualTo("0");
            JsonNode reports = search("q=whistleblowers&kind=report").path("items");
            assertThat(Json.texts(reports, "iri")).containsExactly(ID + "report/002_5df53e2cb0b2fe4b", ID + "report/001_50aa66a37577ce79");
            assertThat(reports.get(0).path("snippet").asString()).contains("<em>Whistleblower</em> Center");
        } finally {
            assertThat(admin.send("DELETE", graph, null, null).statusCode()).isIn(200, 204);
        }
    }

    @Test
    void luceneSyntaxInQKeepsItsMeaningWithAKind() {
        // a phrase and a prefix: "National Whistleblower" is the Center's name, not the funds' nor the reports'
        JsonNode hits = search("q=" + URLs.encode("\"National Whistleblower\" OR zzqq*") + "&kind=organisation").path("items");
        assertThat(Json.texts(hits, "iri")).containsExactly(ID + "org/nwc");
        // a required word and an excluded one stay inside q's parentheses
        // (Kenya Wildlife Service is left out, "African Wildlife Foundation - Kenya HQ" is not)
        JsonNode required = search("q=" + URLs.encode("+kenya -service") + "&kind=organisation").path("items");
        assertThat(Json.texts(required, "iri")).containsExactly(ID + "org/awf");
    }

    @Test
    void aQueryLuceneCannotParseIsABadRequestWithAKindToo() {
        for (String q : List.of("AND(", "kenya)", "kenya\\")) {
            HttpResponse<String> response = http.get("/api/search?q=" + URLs.encode(q) + "&kind=report", "application/json");
            assertThat(response.statusCode()).as(q).isEqualTo(400);
            assertThat(Json.read(response.body()).path("detail").asString()).startsWith("q is not a valid search");
        }
    }
}
