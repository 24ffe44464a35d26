package org.iucnkg.web;

import org.iucnkg.testing.SeededServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application as it first starts for a user (the shipped seeds ingested into a new store), shared
 * with the other seeded tests, and a headless browser per test class.
 */
abstract class WebTest extends SeededServiceTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeEach
    void pointBrowserAtApplication() {
        browser.serve(port);
    }
}
