package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** /api/events?year= finds the events by their start year: the same as those whose start date is in that year. */
class EventsOfAYearTest extends SeededServiceTest {

    private List<String> labels(JsonNode items) {
        return Json.texts(items, "label");
    }

    @Test
    void theEventsOf2019() {
        JsonNode all = Json.get(http, "/api/events?size=500").path("items");
        List<String> startingIn2019 = new ArrayList<>();
        all.forEach(e -> { if (e.path("startDate").asString().startsWith("2019")) startingIn2019.add(e.path("label").asString()); });
        List<String> of2019 = labels(Json.get(http, "/api/events?year=2019&size=500").path("items"));
        assertThat(of2019).isEqualTo(startingIn2019).contains(
                "learning exchange on communities and IWT", // 000: "held in Kenya in Nov 2019"
                "national dialogue on communities and IWT"); // 000: "held in Tanzania in Dec 2019"
    }
}
