package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The lists paged in their sub-select ({@code #+ paging: subselect}) cut their pages before gathering:
 * read page by page, they give the same rows in the same order, and the same total, as in one page.
 */
class PagedListsTest extends SeededServiceTest {

    /** Every item of {@code list} read {@code size} at a time, checking each page's total against {@code total}. */
    private List<JsonNode> pageByPage(String list, int size, long total) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1; page <= (total + size - 1) / size; page++) {
            JsonNode answer = Json.get(http, list + (list.contains("?") ? "&" : "?") + "size=" + size + "&page=" + page);
            assertThat(answer.path("total").asLong()).as(list + " page " + page).isEqualTo(total);
            assertThat(answer.path("items").size()).as(list + " page " + page).isEqualTo((int) Math.min(size, total - (long) (page - 1) * size));
            answer.path("items").forEach(items::add);
        }
        return items;
    }

    private void samePageByPageAsWhole(String list, int size, int atLeast) {
        JsonNode whole = Json.get(http, list + (list.contains("?") ? "&" : "?") + "size=500");
        long total = whole.path("total").asLong();
        assertThat(total).as(list + " has more rows than a page").isEqualTo(whole.path("items").size()).isGreaterThanOrEqualTo(atLeast);
        List<JsonNode> items = new ArrayList<>();
        whole.path("items").forEach(items::add);
        assertThat(pageByPage(list, size, total)).as(list).isEqualTo(items);
    }

    @Test
    void theTwelveResolutionsThreeAtATime() {
        samePageByPageAsWhole("/api/resolutions", 3, 12); // the 4 WCC resolutions and 8 of other bodies (ResolutionRoutesTest)
    }

    @Test
    void theEventsAndTheEventsOf2019FourAtATime() {
        samePageByPageAsWhole("/api/events", 4, 20);
        samePageByPageAsWhole("/api/events?year=2019", 2, 3);
    }

    @Test
    void theOrganisationsTenAtATime() {
        samePageByPageAsWhole("/api/organisations", 10, 50);
    }

    @Test
    void thePartsOfDetailsTwoAtATime() {
        // the 14 activities and 20 organisations of report 001 on WCC-2020-Res-040 (PartRoutesTest)
        samePageByPageAsWhole(PartRoutesTest.RES_040 + "/activities", 2, 14);
        samePageByPageAsWhole(PartRoutesTest.RES_040 + "/organisations", 2, 20);
        samePageByPageAsWhole("/api/organisations/awf/collaborators", 2, 21);
        samePageByPageAsWhole("/api/organisations/iied/activities", 2, 10);
        samePageByPageAsWhole("/api/countries/KE/organisations", 2, 6);
        samePageByPageAsWhole("/api/countries/CH/events", 2, 7);
    }
}
