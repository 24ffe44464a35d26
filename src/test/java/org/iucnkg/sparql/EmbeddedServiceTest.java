package org.iucnkg.sparql;

import java.nio.file.Path;

import org.iucnkg.store.KgStore;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.Http;
import org.iucnkg.testing.TestValidation;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port over a TDB2 store in a temporary directory, with small
 * limits so the tests can reach them. Every test starts from the fixture graphs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestValidation.class)
abstract class EmbeddedServiceTest {
    static final String ADMIN_PASSWORD = "test-secret";
    static final int MAX_ROWS = 5;
    private static final Path STORE = Fixtures.tempStore("kg-service-test");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "false");
        settings.add("kg.security.admin-password", () -> ADMIN_PASSWORD);
        settings.add("kg.sparql.max-rows", () -> MAX_ROWS);
        settings.add("kg.sparql.timeout", () -> "2s");
        settings.add("kg.sparql.max-body-size", () -> "3MB");
    }

    @LocalServerPort
    int port;
    @Autowired
    KgStore store;
    Http http;
    Http admin;

    @BeforeEach
    void startFromFixtures() {
        Fixtures.reset(store);
        http = new Http(port);
        admin = http.as("admin", ADMIN_PASSWORD);
    }
}
