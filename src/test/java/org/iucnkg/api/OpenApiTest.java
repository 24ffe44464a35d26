package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The OpenAPI description lists every route with its parameters and queries; Swagger UI is served locally. */
class OpenApiTest extends SeededServiceTest {

    @Test
    void everyRouteIsDescribedWithItsParametersAndQuery() {
        JsonNode paths = Json.ok(http.get("/v3/api-docs", "application/json")).path("paths");
        for (Route route : Routes.ALL) {
            JsonNode get = paths.path(route.path()).path("get");
            assertThat(get.isMissingNode()).as(route.path()).isFalse();
            assertThat(get.path("description").asString()).as(route.path()).contains("```sparql\n", "SELECT");
            List<String> parameters = Json.texts(get.path("parameters"), "name");
            assertThat(parameters).as(route.path()).containsAll(route.pathVariables()).contains("format");
        }
        JsonNode resolutions = paths.path("/api/resolutions").path("get");
        assertThat(resolutions.path("summary").asString()).isEqualTo("Resolutions, recommendations and decisions");
        assertThat(Json.texts(resolutions.path("parameters"), "name"))
                .containsExactly("year", "type", "status", "category", "organisation", "q", "page", "size", "format");
        JsonNode type = resolutions.path("parameters").get(1);
        assertThat(type.path("schema").path("enum").toString()).isEqualTo("[\"Res\",\"Rec\",\"Dec\"]");
        assertThat(resolutions.path("parameters").get(0).path("schema").path("pattern").asString()).isEqualTo("^\\d{4}$");
        JsonNode country = paths.path("/api/events").path("get").path("parameters").get(0);
        assertThat(country.path("name").asString()).isEqualTo("country");
        assertThat(country.path("schema").path("pattern").asString()).isEqualTo("^[A-Za-z]{2}$");
        assertThat(paths.path("/api/resolutions/{identifier}").path("get").path("parameters").get(0).path("in").asString()).isEqualTo("path");
    }

    @Test
    void everyPartOfADetailIsAPagedRouteOfItsOwn() {
        JsonNode paths = Json.ok(http.get("/v3/api-docs", "application/json")).path("paths");
        assertThat(Routes.served()).hasSize(Routes.ALL.size() + 16); // 6 parts of an instrument, 5 of an organisation, 3 of a country, 2 of a source
        for (Route route : Routes.served()) assertThat(paths.has(route.path())).as(route.path()).isTrue();
        JsonNode activities = paths.path("/api/resolutions/{identifier}/activities").path("get");
        assertThat(activities.path("summary").asString()).isEqualTo("The activities reported for an instrument");
        assertThat(Json.texts(activities.path("parameters"), "name")).containsExactly("identifier", "page", "size", "format");
        assertThat(activities.path("parameters").get(2).path("schema").path("default").asInt()).isEqualTo(SeededServiceTest.PART_SIZE);
        assertThat(activities.path("responses").path("404").path("description").asString()).isEqualTo("No such instrument");
        JsonNode organisations = paths.path("/api/resolutions/{identifier}/organisations").path("get");
        assertThat(organisations.path("parameters").get(1).path("schema").path("enum").toString())
                .isEqualTo("[\"members\",\"commissions\",\"partners\"]");
        assertThat(paths.path("/api/resolutions/{identifier}").path("get").path("description").asString()).contains("`parts` says");
    }

    @Test
    void theWritesAndTheValidationReportAreDescribedToo() {
        JsonNode paths = Json.ok(http.get("/v3/api-docs", "application/json")).path("paths");
        assertThat(paths.path("/api/sources").path("post").path("summary").asString()).isEqualTo("Ingest a source document");
        assertThat(paths.path("/api/sources").path("get").isMissingNode()).isFalse();
        assertThat(paths.path("/api/sources/{id}").path("delete").isMissingNode()).isFalse();
        assertThat(paths.path("/api/validation").path("get").isMissingNode()).isFalse();
        List<String> documented = new ArrayList<>();
        paths.propertyNames().forEach(documented::add);
        assertThat(documented).allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void swaggerUiIsServedWithoutACdn() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(http.url("/swagger-ui.html"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("cdn.", "unpkg.com", "jsdelivr");
        assertThat(http.get("/swagger-ui/swagger-ui-bundle.js", "*/*").statusCode()).isEqualTo(200);
    }
}
