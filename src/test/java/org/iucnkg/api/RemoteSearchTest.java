package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.iucnkg.testing.ServiceTest;
import org.iucnkg.testing.StandaloneFuseki;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The REST API over a remote store (a standalone Fuseki process, which the first start fills with the
 * shipped data): the catalog queries run there, and search, with no text index at hand, answers with
 * the SPARQL fallback.
 */
@DirtiesContext
class RemoteSearchTest extends ServiceTest {
    private static final StandaloneFuseki FUSEKI = StandaloneFuseki.start("kg", "kg-remote-password");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry settings) {
        FUSEKI.asRemoteStore(settings);
    }

    @AfterAll
    static void stopFuseki() {
        FUSEKI.close();
    }

    @Test
    void searchFindsTheTextWithoutAnIndex() {
        JsonNode hits = Json.ok(http.get("/api/search?q=Whistleblower", "application/json")).path("items");
        JsonNode first = hits.get(0);
        assertThat(first.path("iri").asString()).isEqualTo("https://w3id.org/iucn-kg/id/org/nwc");
        assertThat(first.path("snippet").asString()).isEqualTo("National <em>Whistleblower</em> Center");
        // the report on Res 054 matches in its results narrative; the snippet is cut around the first match
        JsonNode report = Json.ok(http.get("/api/search?q=whistleblower&kind=report", "application/json")).path("items");
        assertThat(Json.texts(report, "label")).contains("Progress report on WCC-2020-Res-054");
        assertThat(Json.texts(report, "snippet")).allMatch(snippet -> snippet.toLowerCase().contains("<em>whistleblower</em>"));
        // characters that mean something in a regular expression are only text
        assertThat(Json.ok(http.get("/api/search?q=" + "(.*".replace("(", "%28").replace("*", "%2A"), "application/json"))
                .path("total").asInt()).isZero();
    }

    @Test
    void theCatalogQueriesRunOnTheRemoteStore() {
        JsonNode page = Json.ok(http.get("/api/resolutions?year=2016", "application/json"));
        assertThat(Json.texts(page.path("items"), "identifier")).containsExactly("WCC-2016-Res-025", "WCC-2016-Res-087");
        JsonNode awf = Json.ok(http.get("/api/organisations/awf", "application/json"));
        assertThat(Json.texts(awf.path("resolutions"), "identifier")).containsExactly("WCC-2020-Res-040", "WCC-2020-Res-054");
    }
}
