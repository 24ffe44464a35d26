package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.iucnkg.testing.SeededServiceTest;
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
