package org.iucnkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The collaboration network of the seed reports: AWF is listed as an IUCN member on Res 040 and Res 054,
 * INTERPOL as a partner and SSC as a commission on Res 040.
 */
class NetworkTest extends WebTest {
    static final String AWF = "a.network-node[data-name='African Wildlife Foundation']";
    static final String INTERPOL = "a.network-node[data-name='International Criminal Police Organization']";
    static final String SSC = "a.network-node[data-name='IUCN Species Survival Commission']";

    @BeforeEach
    void openNetwork() {
        browser.open("/network");
        browser.awaitVisible(AWF);
    }

    @Test
    void sizesByResolutionsAndColoursByRole() {
        WebElement awf = browser.find(AWF);

        assertThat(awf.getAttribute("data-resolutions")).isEqualTo("2");
        assertThat(radius(AWF)).isGreaterThan(radius(INTERPOL));
        assertThat(awf.getAttribute("aria-label"))
                .isEqualTo("African Wildlife Foundation (IUCN member, Kenya): 2 resolutions, WCC-2020-Res-040, WCC-2020-Res-054");
        assertThat(awf.getAttribute("data-colour")).isEqualTo("#1f6b45");
        assertThat(browser.find(INTERPOL).getAttribute("data-colour")).isEqualTo("#3a6ea5");
        assertThat(browser.find(SSC).getAttribute("data-colour")).isEqualTo("#c2571a");
        assertThat(browser.findAll("#network-legend li")).extracting(WebElement::getText)
                .containsExactly("IUCN member", "IUCN commission", "Partner");
        assertThat(browser.find("#network-table tr[data-href='/id/org/awf']").getText())
                .contains("IUCN member", "Kenya", "WCC-2020-Res-040, WCC-2020-Res-054");
        PageChecks.check(browser, "network");
    }

    @Test
    void colourByCountryGivesTheCountriesTheirOwnColours() {
        new Select(browser.find("#colour-by")).selectByValue("country");

        // the seed reports list six implementing organisations based in the United States, five in the United Kingdom
        assertThat(browser.findAll("#network-legend li")).extracting(WebElement::getText).startsWith(
                "United States of America", "United Kingdom of Great Britain and Northern Ireland");
        assertThat(browser.findAll("#network-legend li")).last().extracting(WebElement::getText).isEqualTo("other countries");
        assertThat(browser.find(AWF).getAttribute("data-colour")).isNotEqualTo(browser.find(INTERPOL).getAttribute("data-colour"));
    }

    @Test
    void enterOnANodeOpensTheOrganisation() {
        browser.script("arguments[0].focus()", browser.find(AWF));

        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);

        browser.await(d -> d.getCurrentUrl().endsWith("/id/org/awf"));
    }

    private double radius(String node) {
        return Double.parseDouble(browser.find(node + " circle").getAttribute("r"));
    }
}
