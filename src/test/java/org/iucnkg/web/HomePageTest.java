package org.iucnkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The home page: counts from the seeds, the ways in, the search box reached and sent from the keyboard. */
class HomePageTest extends WebTest {

    @Test
    void showsWhatTheGraphHolds() {
        browser.open("/");

        assertThat(browser.find("h1").getText()).isEqualTo("IUCN knowledge graph");
        // the seeds: five source documents, seventeen countries in the toolkit table
        assertThat(browser.find("[data-class='Source documents'] strong").getText()).isEqualTo("5");
        assertThat(browser.find("[data-class='Toolkit implementations'] strong").getText()).isEqualTo("17");
        assertThat(browser.find("#last-update").getText()).startsWith("Last update:").contains("UTC");
        assertThat(browser.findAll(".entry-points a")).extracting(e -> e.getText())
                .contains("Resolutions", "Organisations", "Countries", "ICCWC toolkit map", "Events", "SPARQL editor",
                        "API documentation", "Downloads");
        PageChecks.check(browser, "home");
    }

    @Test
    void skipLinkIsTheFirstStopAndMovesToTheContent() {
        browser.open("/");

        browser.find("body").sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to main content");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
}
