package org.iucnkg.web;

import java.nio.file.Path;

import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a random port over a TDB2 store in a temporary directory, bootstrapped with the
 * shipped seeds on first start, and a headless browser per test class. Every web test class shares the
 * one application (the same settings keep Spring's test context cached).
 */
abstract class WebTest extends ServiceTest {
    private static final Path STORE = Fixtures.tempStore("kg-web-test");

    @RegisterExtension
    static final Browser browser = new Browser();

    @DynamicPropertySource
    static void seededStore(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "true");
    }

    @BeforeEach
    void pointBrowserAtApplication() {
        browser.serve(port);
    }
}
