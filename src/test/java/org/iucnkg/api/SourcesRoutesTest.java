package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The ingest API over HTTP: POST a report (credentials), see it in the lists, DELETE it; a refused report
 * leaves the store as it was; the source list and the store's SHACL report.
 */
class SourcesRoutesTest extends SeededServiceTest {
    static final String RES_087 = "004_c290f9cf53e44b5b.txt";

    /** Seed 004 as if it reported on another resolution. */
    static String reportOn(String title) throws IOException {
        return Files.readString(Path.of("data/sources", RES_087)).replace("WCC 2016 Res 087 - Progress Report", title);
    }

    @Test
    void anAnonymousIngestNeedsCredentials() throws IOException {
        HttpResponse<String> response = http.send("POST", "/api/sources?name=res-099.txt", "text/plain",
                reportOn("WCC 2016 Res 099 - Progress Report"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http.get("/api/resolutions/WCC-2016-Res-099", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void aReportIngestedAsTextIsServedUntilItIsDeleted() throws IOException {
        String etagBefore = http.get("/api/resolutions", "application/json").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> created = admin.send("POST", "/api/sources?name=res-099.txt", "text/plain",
                reportOn("WCC 2016 Res 099 - Progress Report"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(http.url("/api/sources/res-099"));
        JsonNode result = Json.read(created.body());
        assertThat(result.path("source").asString()).isEqualTo("https://w3id.org/iucn-kg/id/source/res-099");
        assertThat(result.path("graph").asString()).isEqualTo("https://w3id.org/iucn-kg/graph/res-099");
        assertThat(result.path("triples").asLong()).isGreaterThan(50);
        assertThat(result.path("reports").toString()).isEqualTo("[\"https://w3id.org/iucn-kg/id/report/res-099\"]");
        assertThat(result.path("warnings").isArray()).isTrue();
        try {
            JsonNode listed = Json.ok(http.get("/api/resolutions?year=2016", "application/json"));
            assertThat(Json.texts(listed.path("items"), "identifier")).containsExactly("WCC-2016-Res-025", "WCC-2016-Res-087", "WCC-2016-Res-099");
            assertThat(http.get("/api/resolutions", "application/json").headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etagBefore);
            JsonNode source = Json.ok(http.get("/api/sources/res-099", "application/json"));
            assertThat(source.path("fileName").asString()).isEqualTo("res-099.txt");
            assertThat(source.path("triples").asLong()).isEqualTo(result.path("triples").asLong());
            // the text index follows the ingest
            assertThat(Json.texts(Json.ok(http.get("/api/search?q=connectivity&kind=report", "application/json")).path("items"), "iri"))
                    .contains("https://w3id.org/iucn-kg/id/report/res-099");
        } finally {
            assertThat(admin.send("DELETE", "/api/sources/res-099", null, null).statusCode()).isEqualTo(204);
        }
        assertThat(http.get("/api/sources/res-099", "application/json").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/resolutions/WCC-2016-Res-099", "application/json").statusCode()).isEqualTo(404);
        assertThat(Json.texts(Json.ok(http.get("/api/search?q=connectivity&kind=report", "application/json")).path("items"), "iri"))
                .doesNotContain("https://w3id.org/iucn-kg/id/report/res-099");
        assertThat(admin.send("DELETE", "/api/sources/res-099", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aReportUploadedAsMultipartIsIngested() throws IOException {
        String boundary = "kg-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload-rec-103.txt\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + reportOn("WCC 2016 Rec 103 - Progress Report")
                + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> created = admin.send(HttpRequest.newBuilder(URI.create(http.url("/api/sources")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        try {
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode recommendations = Json.ok(http.get("/api/resolutions?type=Rec", "application/json"));
            assertThat(Json.texts(recommendations.path("items"), "identifier")).containsExactly("WCC-2016-Rec-103");
        } finally {
            admin.send("DELETE", "/api/sources/upload-rec-103", null, null);
        }
    }

    @Test
    void aReportBreakingTheShapesIsRefusedAndTheStoreIsUnchanged() throws IOException {
        List<String> graphsBefore = Fixtures.graphNames(store);
        long versionBefore = store.version();
        HttpResponse<String> refused = admin.send("POST", "/api/sources?name=res-1234.txt", "text/plain",
                reportOn("WCC 2016 Res 1234 - Progress Report"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.read(refused.body());
        assertThat(problem.path("detail").asString()).startsWith("res-1234.txt breaks the shapes (1 violation)");
        JsonNode violation = problem.path("violations").get(0);
        assertThat(violation.path("focusNode").asString()).isEqualTo("https://w3id.org/iucn-kg/id/instrument/wcc-2016-res-1234");
        assertThat(violation.path("value").asString()).isEqualTo("WCC-2016-Res-1234");
        assertThat(violation.path("message").asString()).contains("three digits");
        assertThat(problem.path("shaclReport").asString()).contains("sh:ValidationReport", "sh:conforms  false");
        assertThat(Fixtures.graphNames(store)).containsExactlyInAnyOrderElementsOf(graphsBefore);
        assertThat(store.version()).isEqualTo(versionBefore);
    }

    @Test
    void aBodyWithoutNameOrParserIsRefusedWithTheReason() {
        HttpResponse<String> noName = admin.send("POST", "/api/sources", "text/plain", "WCC 2016 Res 099 - Progress Report\n");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(Json.read(noName.body()).path("detail").asString()).startsWith("the document needs a file name");
        HttpResponse<String> notAReport = admin.send("POST", "/api/sources?name=shopping.txt", "text/plain", "Shopping list\n- milk\n");
        assertThat(notAReport.statusCode()).isEqualTo(422);
        assertThat(Json.read(notAReport.body()).path("detail").asString()).contains("no parser recognises it");
        assertThat(admin.send("POST", "/api/sources?name=x.json", "application/json", "{}").statusCode()).isEqualTo(415);
    }

    @Test
    void baseGraphsCannotBeDeleted() {
        HttpResponse<String> response = admin.send("DELETE", "/api/sources/reference", null, null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Fixtures.graphNames(store)).contains(Fixtures.REFERENCE);
        assertThat(http.send("DELETE", "/api/sources/000_e0493410fdb9a2bc", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theSourcesAreListedWithChecksumAndTriples() throws IOException {
        JsonNode sources = Json.ok(http.get("/api/sources", "application/json"));
        assertThat(Json.texts(sources.path("items"), "fileName")).contains("000_e0493410fdb9a2bc.txt", "001_50aa66a37577ce79.txt",
                "002_5df53e2cb0b2fe4b.txt", "003_77c0dfcbb0738d32.txt", RES_087);
        JsonNode res087 = sources.path("items").get(Json.texts(sources.path("items"), "fileName").indexOf(RES_087));
        assertThat(res087.path("parser").asString()).isEqualTo("iucn-report");
        assertThat(res087.path("sha256").asString()).isEqualTo(sha256(Files.readAllBytes(Path.of("data/sources", RES_087))));
        assertThat(res087.path("triples").asLong()).isGreaterThan(50);
        assertThat(res087.path("reports").get(0).asString()).isEqualTo("https://w3id.org/iucn-kg/id/report/004_c290f9cf53e44b5b");
    }

    @Test
    void theStoreConformsToTheShapes() {
        JsonNode report = Json.ok(http.get("/api/validation", "application/json"));
        assertThat(report.path("conforms").asBoolean()).isTrue();
        assertThat(report.path("violations").asInt()).isZero();
        // warnings do not refuse data: the undated events of the seeds ("a Community Voices event", ...)
        assertThat(Json.texts(report.path("results"), "severity")).containsOnly("Warning").hasSize(report.path("warnings").asInt());
        assertThat(Json.texts(report.path("results"), "path")).containsOnly("schema:startDate");
        HttpResponse<String> turtle = http.get("/api/validation?format=ttl", "application/json");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValue("text/turtle;charset=UTF-8");
        assertThat(turtle.body()).contains("sh:ValidationReport", "sh:Warning");
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
