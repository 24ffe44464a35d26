package org.iucnkg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A browser page on another site cannot make an admin's browser write, even with cached credentials. */
@DirtiesContext
class CrossSiteWritesTest extends ServiceTest {
    private static final Path STORE = Fixtures.tempStore("kg-cross-site");
    private static final String ADD = "INSERT DATA { GRAPH <" + Fixtures.SOURCE + "> { <" + Fixtures.AWF
            + "> <http://www.w3.org/2004/02/skos/core#altLabel> \"AWF Kenya\" } }";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "false");
        settings.add("kg.security.users.editor", () -> "editor-secret");
        settings.add("kg.security.allowed-origins", () -> "https://editor.example.org");
    }

    @BeforeEach
    void startFromFixtures() {
        Fixtures.reset(store);
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedAndNothingChanges() {
        long before = store.version();

        HttpResponse<String> response = admin.update(ADD, "Origin", "https://evil.example.com");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).startsWith("Cross-site write refused: this request comes from a page on https://evil.example.com");
        assertThat(store.version()).isEqualTo(before);
        assertThat(altLabels()).doesNotContain("AWF Kenya");
    }

    @Test
    void aCrossSiteFetchWithoutOriginIsRefused() {
        HttpResponse<String> response = admin.update(ADD, "Sec-Fetch-Site", "cross-site");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theServiceItselfAndListedOriginsMayWrite() {
        HttpResponse<String> sameOrigin = admin.update(ADD, "Origin", "http://localhost:" + port);
        HttpResponse<String> listed = http.as("editor", "editor-secret").update(ADD, "Origin", "https://editor.example.org");

        assertThat(sameOrigin.statusCode()).isEqualTo(204);
        assertThat(listed.statusCode()).isEqualTo(204);
        assertThat(altLabels()).contains("AWF Kenya");
    }

    @Test
    void programsWithoutOriginWriteAsBefore() {
        HttpResponse<String> response = admin.update(ADD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private String altLabels() {
        return http.query("SELECT ?l WHERE { <" + Fixtures.AWF + "> <http://www.w3.org/2004/02/skos/core#altLabel> ?l }",
                "text/csv").body();
    }
}
