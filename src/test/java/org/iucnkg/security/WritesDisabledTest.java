package org.iucnkg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.iucnkg.store.KgStore;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.Http;
import org.iucnkg.testing.URLs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Without kg.security.admin-password every write is refused with a message saying why; reads still work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class WritesDisabledTest {
    private static final Path STORE = Fixtures.tempStore("kg-no-writes");
    static final String ADD = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    KgStore store;
    Http http;

    @BeforeEach
    void startFromFixtures() {
        Fixtures.reset(store);
        http = new Http(port);
    }

    @Test
    void updatesAreRefusedWithTheReason() {
        HttpResponse<String> anonymous = http.update(ADD);
        HttpResponse<String> withCredentials = http.as("admin", "admin").update(ADD);

        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(anonymous.body()).isEqualTo(SecurityConfig.WRITES_DISABLED);
        assertThat(withCredentials.statusCode()).isEqualTo(403);
        assertThat(withCredentials.body()).isEqualTo(SecurityConfig.WRITES_DISABLED);
        assertThat(Fixtures.graphNames(store)).containsExactlyInAnyOrder(Fixtures.REFERENCE, Fixtures.SOURCE);
    }

    @Test
    void graphStoreWritesAreRefused() {
        HttpResponse<String> response = http.send("DELETE", "/data?graph=" + URLs.encode(Fixtures.SOURCE), null, null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Fixtures.graphNames(store)).contains(Fixtures.SOURCE);
    }

    @Test
    void readsStillWork() {
        HttpResponse<String> response = http.query("ASK { <" + Fixtures.AWF + "> ?p ?o }", "application/sparql-results+json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"boolean\" : true");
    }
}
