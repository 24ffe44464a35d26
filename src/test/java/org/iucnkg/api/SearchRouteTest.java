package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.URLs;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** /api/search over the Lucene index of the seed data, over HTTP. */
class SearchRouteTest extends SeededServiceTest {

    JsonNode search(String query) {
        return Json.ok(http.get("/api/search?" + query, "application/json"));
    }

    @Test
    void whistleblowerFindsTheNationalWhistleblowerCenterFirst() {
        JsonNode hits = search("q=whistleblower").path("items");
        JsonNode first = hits.get(0);
        assertThat(first.path("iri").asString()).isEqualTo("https://w3id.org/iucn-kg/id/org/nwc");
        assertThat(first.path("kind").asString()).isEqualTo("organisation");
        assertThat(first.path("snippet").asString()).isEqualTo("National <em>Whistleblower</em> Center");
        // the scores fall from one hit to the next
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).path("score").asDouble()).isLessThanOrEqualTo(hits.get(i - 1).path("score").asDouble());
        }
        // "The National Whistleblower Center has broadly circulated the resolution ..." (002, Res 054)
        assertThat(Json.texts(hits, "iri")).contains("https://w3id.org/iucn-kg/id/report/002_5df53e2cb0b2fe4b",
                "https://w3id.org/iucn-kg/id/activity/002_5df53e2cb0b2fe4b-2");
    }

    @Test
    void theReportOnRes054IsFoundByItsNarrativeWithTheMatchesMarked() {
        JsonNode reports = search("q=whistleblowers&kind=report").path("items");
        JsonNode report054 = null;
        for (JsonNode hit : reports) {
            if (hit.path("label").asString().equals("Progress report on WCC-2020-Res-054")) report054 = hit;
        }
        assertThat(report054).isNotNull();
        assertThat(report054.path("snippet").asString()).contains("<em>Whistleblower</em> Center");
        assertThat(Json.texts(reports, "kind")).containsOnly("report");
    }

    @Test
    void titlesOfOtherBodiesResolutionsAreSearched() {
        // Conf. 12.5 (Rev. CoP16): "Conservation of and trade in tigers and other Appendix-I Asian big cat species"
        JsonNode hits = search("q=tigers&kind=instrument").path("items");
        assertThat(Json.texts(hits, "iri")).contains("https://w3id.org/iucn-kg/id/instrument/conf-12-5-rev-cop16");
    }

    @Test
    void writesThroughSparqlUpdateReachTheIndex() {
        String graph = "<https://w3id.org/iucn-kg/graph/search-test>";
        String organisation = "<https://w3id.org/iucn-kg/id/org/zyxwv> a <http://www.w3.org/ns/org#Organization> ;"
                + " <http://www.w3.org/2000/01/rdf-schema#label> \"Zyxwv Pangolin Trust\" ;"
                + " <http://purl.org/dc/terms/source> <https://w3id.org/iucn-kg/graph/reference> .";
        assertThat(admin.update("INSERT DATA { GRAPH " + graph + " { " + organisation + " } }").statusCode()).isEqualTo(204);
        try {
            assertThat(Json.texts(search("q=zyxwv").path("items"), "iri")).containsExactly("https://w3id.org/iucn-kg/id/org/zyxwv");
        } finally {
            assertThat(admin.update("DROP GRAPH " + graph).statusCode()).isEqualTo(204);
        }
        assertThat(search("q=zyxwv").path("total").asInt()).isZero();
    }

    @Test
    void writesThroughTheGraphStoreProtocolReachTheIndex() {
        String graph = "/data?graph=" + URLs.encode("https://w3id.org/iucn-kg/graph/search-test");
        String organisation = "<https://w3id.org/iucn-kg/id/org/qwvxz> a <http://www.w3.org/ns/org#Organization> ;"
                + " <http://www.w3.org/2000/01/rdf-schema#label> \"Qwvxz Rhino Fund\" ;"
                + " <http://purl.org/dc/terms/source> <https://w3id.org/iucn-kg/graph/reference> .";
        assertThat(admin.send("PUT", graph, "text/turtle", organisation).statusCode()).isIn(200, 201, 204);
        try {
            assertThat(Json.texts(search("q=qwvxz").path("items"), "iri")).containsExactly("https://w3id.org/iucn-kg/id/org/qwvxz");
        } finally {
            assertThat(admin.send("DELETE", graph, null, null).statusCode()).isIn(200, 204);
        }
        assertThat(search("q=qwvxz").path("total").asInt()).isZero();
    }

    @Test
    void aQueryLuceneCannotParseIsABadRequest() {
        HttpResponse<String> response = http.get("/api/search?q=AND(", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.read(response.body()).path("detail").asString()).startsWith("q is not a valid search");
        assertThat(http.get("/api/search", "application/json").statusCode()).isEqualTo(400);
    }
}
