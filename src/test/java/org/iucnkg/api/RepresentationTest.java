package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** What every route shares: pages with Link headers and a real total, CSV for tables, ETags, problems. */
class RepresentationTest extends SeededServiceTest {

    @Test
    void aPageOfTwoWithLinksToTheOthersAndTheTotal() {
        HttpResponse<String> response = http.get("/api/resolutions?year=2020&size=2", "application/json");
        JsonNode page = Json.ok(response);
        // 2020: WCC Res 040 and 054 only
        assertThat(page.path("total").asInt()).isEqualTo(2);
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("2");

        HttpResponse<String> first = http.get("/api/organisations?role=member&size=2", "application/json");
        JsonNode members = Json.ok(first);
        // the members listed in the four IUCN reports: 14 (040), 2 (054, AWF again), 1 (087), 8 (025)
        long total = members.path("total").asLong();
        assertThat(total).isEqualTo(Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow()));
        assertThat(members.path("items").size()).isEqualTo(2);
        assertThat(members.path("pages").asLong()).isEqualTo((total + 1) / 2);
        String base = http.url("/api/organisations?role=member");
        assertThat(first.headers().firstValue("Link").orElseThrow()).isEqualTo(
                "<" + base + "&page=1&size=2>; rel=\"first\", <" + base + "&page=2&size=2>; rel=\"next\", <"
                        + base + "&page=" + (total + 1) / 2 + "&size=2>; rel=\"last\"");

        HttpResponse<String> second = http.get("/api/organisations?role=member&size=2&page=2", "application/json");
        assertThat(second.headers().firstValue("Link").orElseThrow()).contains("<" + base + "&page=1&size=2>; rel=\"prev\"",
                "<" + base + "&page=3&size=2>; rel=\"next\"");
        List<String> firstIds = Json.texts(members.path("items"), "id");
        assertThat(Json.texts(Json.ok(second).path("items"), "id")).doesNotContainAnyElementsOf(firstIds).hasSize(2);
    }

    @Test
    void tablesComeAsCsv() throws IOException {
        HttpResponse<String> response = http.get("/api/toolkit", "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        List<CSVRecord> rows = csv(response.body());
        assertThat(rows).hasSize(17);
        CSVRecord vietNam = rows.stream().filter(r -> r.get("country").equals("VN")).findFirst().orElseThrow();
        assertThat(vietNam.get("countryLabel")).isEqualTo("Viet Nam");
        assertThat(vietNam.get("step8")).isEqualTo("true");
        assertThat(vietNam.get("actionPlanRecommendationsImplemented")).isEqualTo("false");

        HttpResponse<String> page = http.get("/api/resolutions?format=csv&year=2016", "application/json");
        assertThat(csv(page.body())).extracting(r -> r.get("identifier")).containsExactly("WCC-2016-Res-025", "WCC-2016-Res-087");
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue("2");
    }

    @Test
    void anUnchangedAnswerIsNotSentAgain() {
        HttpResponse<String> first = http.get("/api/toolkit", "application/json");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/toolkit")))
                .header("Accept", "application/json").header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // the CSV of the same resource is another representation, with its own ETag
        assertThat(http.get("/api/toolkit", "text/csv").headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void errorsAreProblemsWithAClearMessage() {
        HttpResponse<String> unknownParameter = http.get("/api/resolutions?yr=2016", "application/json");
        assertThat(unknownParameter.statusCode()).isEqualTo(400);
        assertThat(Json.read(unknownParameter.body()).path("detail").asString())
                .isEqualTo("unknown parameter yr; this query takes year, type, status, category, organisation, q");

        HttpResponse<String> badPage = http.get("/api/events?size=0", "application/json");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(Json.read(badPage.body()).path("detail").asString()).isEqualTo("size must be a whole number from 1 to 500");

        HttpResponse<String> badYear = http.get("/api/resolutions?year=16", "application/json");
        assertThat(Json.read(badYear.body()).path("detail").asString()).isEqualTo("year must be a year of four digits (e.g. 2020)");

        HttpResponse<String> unknownPath = http.get("/api/nothing-here", "application/json");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(unknownPath.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> notATable = http.get("/api/resolutions/WCC-2020-Res-040", "text/csv");
        assertThat(notATable.statusCode()).isEqualTo(406);
        assertThat(notATable.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }
}
