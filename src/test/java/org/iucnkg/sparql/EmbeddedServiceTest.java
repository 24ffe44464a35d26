package org.iucnkg.sparql;

import java.nio.file.Path;

import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application over a TDB2 store in a temporary directory, with small limits so the tests can
 * reach them. Every test starts from the fixture graphs.
 */
abstract class EmbeddedServiceTest extends ServiceTest {
    static final int MAX_ROWS = 5;
    private static final Path STORE = Fixtures.tempStore("kg-service-test");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "false");
        settings.add("kg.sparql.max-rows", () -> MAX_ROWS);
        settings.add("kg.sparql.timeout", () -> "2s");
        settings.add("kg.sparql.max-body-size", () -> "3MB");
    }

    @BeforeEach
    void startFromFixtures() {
        Fixtures.reset(store);
    }
}
