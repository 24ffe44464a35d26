package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryRunner;
import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A detail embeds the first {@link SeededServiceTest#PART_SIZE} rows of each part, says how many there are
 * and where the rest is; each part is a paged list of its own at {detail}/{part}. On the seeds: report 001
 * on WCC-2020-Res-040 lists 14 activities, 14 IUCN members, SSC and 5 other organisations.
 */
class PartRoutesTest extends SeededServiceTest {
    static final String RES_040 = "/api/resolutions/WCC-2020-Res-040";
    static final Map<String, String> RES_040_ARGS = Map.of("identifier", "WCC-2020-Res-040");

    @Autowired
    QueryCatalog catalog;
    @Autowired
    QueryRunner runner;

    JsonNode get(String path) {
        return Json.get(http, path);
    }

    @Test
    void theDetailEmbedsTheFirstTenActivitiesOfFourteenAndLinksTheNextPage() {
        JsonNode resolution = get(RES_040);
        assertThat(resolution.path("activities").size()).isEqualTo(10);
        JsonNode activities = resolution.path("parts").path("activities");
        assertThat(activities.path("total").asLong()).isEqualTo(14);
        assertThat(activities.path("size").asInt()).isEqualTo(10);
        assertThat(activities.path("pages").asInt()).isEqualTo(2);
        assertThat(activities.path("href").asString()).isEqualTo(http.url(RES_040 + "/activities"));
        assertThat(activities.path("next").asString()).isEqualTo(http.url(RES_040 + "/activities?page=2&size=10"));

        JsonNode second = Json.ok(http.get(activities.path("next").asString().substring(http.url("").length()), ResolutionRoutesTest.JSON));
        assertThat(second.path("total").asLong()).isEqualTo(14);
        assertThat(second.path("items").size()).isEqualTo(4);
        List<String> both = new ArrayList<>(Json.texts(resolution.path("activities"), "iri"));
        both.addAll(Json.texts(second.path("items"), "iri"));
        assertThat(both).containsExactlyElementsOf(wholePart("resolution-activities", RES_040_ARGS, "iri"));
    }

    @Test
    void aPartWithinOnePageHasNoNextLink() {
        // one progress report (001) on Res 040
        JsonNode reports = get(RES_040).path("parts").path("reports");
        assertThat(reports.path("total").asLong()).isEqualTo(1);
        assertThat(reports.path("pages").asInt()).isEqualTo(1);
        assertThat(reports.has("next")).isFalse();
    }

    @Test
    void thePagesOfAPartRouteTogetherAreTheWholePart() {
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            JsonNode answer = get(RES_040 + "/activities?size=3&page=" + page);
            assertThat(answer.path("total").asLong()).isEqualTo(14);
            assertThat(answer.path("pages").asInt()).isEqualTo(5);
            paged.addAll(Json.texts(answer.path("items"), "iri"));
        }
        assertThat(paged).hasSize(14).doesNotHaveDuplicates().containsExactlyElementsOf(wholePart("resolution-activities", RES_040_ARGS, "iri"));
    }

    @Test
    void aPartRouteIsAnsweredLikeAList() {
        HttpResponse<String> response = http.get(RES_040 + "/activities?page=2", ResolutionRoutesTest.JSON);
        assertThat(response.headers().firstValue(ApiPaths.TOTAL_COUNT_HEADER)).hasValue("14");
        assertThat(response.headers().firstValue("Link").orElseThrow())
                .contains("<" + http.url(RES_040 + "/activities?page=1&size=10") + ">; rel=\"first\"", "rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        HttpResponse<String> csv = http.get(RES_040 + "/activities?format=csv", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("iri,report,order,description,date");
        assertThat(csv.body().lines().count() - 1).isGreaterThanOrEqualTo(10); // a description may span lines
    }

    @Test
    void theOrganisationsArePagedPerRole() {
        JsonNode resolution = get(RES_040);
        JsonNode members = resolution.path("organisations").path("members");
        assertThat(members.size()).isEqualTo(10);
        assertThat(members.get(0).has("role")).isFalse(); // the group says it
        JsonNode pages = resolution.path("parts").path("organisations");
        assertThat(pages.path("total").asLong()).isEqualTo(20); // 14 members, SSC, 5 partners
        assertThat(pages.path("href").asString()).isEqualTo(http.url(RES_040 + "/organisations"));
        JsonNode memberPages = pages.path("groups").path("members");
        assertThat(memberPages.path("total").asLong()).isEqualTo(14);
        assertThat(memberPages.path("next").asString()).isEqualTo(http.url(RES_040 + "/organisations?role=members&page=2&size=10"));
        assertThat(pages.path("groups").path("partners").path("total").asLong()).isEqualTo(5);
        assertThat(pages.path("groups").path("partners").has("next")).isFalse();

        JsonNode rest = get(RES_040 + "/organisations?role=members&page=2");
        assertThat(Json.texts(rest.path("items"), "role")).containsOnly("members").hasSize(4);
        List<String> all = new ArrayList<>(Json.texts(members, "id"));
        all.addAll(Json.texts(rest.path("items"), "id"));
        assertThat(all).hasSize(14).contains("ifaw", "awf", "wwf-belgium", "ccf")
                .containsExactlyElementsOf(wholePart("resolution-organisations", Map.of("identifier", "WCC-2020-Res-040", "role", "members"), "id"));
        assertThat(get(RES_040 + "/organisations?size=50").path("total").asLong()).isEqualTo(20);
    }

    @Test
    void aPartOfAResourceThatDoesNotExistIsNotFound() {
        HttpResponse<String> response = http.get("/api/resolutions/WCC-2099-Res-999/activities", ResolutionRoutesTest.JSON);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.read(response.body()).path("detail").asString()).isEqualTo("There is no instrument WCC-2099-Res-999.");
        // an existing resource with an empty part is an empty page: Res 087 has no partners
        assertThat(get("/api/resolutions/WCC-2016-Res-087/organisations?role=partners").path("total").asLong()).isZero();
    }

    /** The part's query run whole, without paging. */
    private List<String> wholePart(String query, Map<String, String> args, String column) {
        return runner.all(catalog.get(query), args).records().stream().map(r -> (String) r.get(column)).toList();
    }
}
