package org.iucnkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** Search from the keyboard, with the matching words of each hit highlighted. */
class SearchTest extends WebTest {

    @Test
    void whistleblowerFindsTheNationalWhistleblowerCenterFirst() {
        browser.open("/search?q=whistleblower");

        assertThat(browser.find("#hits li .hit-title").getText()).isEqualTo("National Whistleblower Center");
        assertThat(browser.find("#hits li .kind").getAttribute("textContent")).isEqualTo("organisation");
        assertThat(browser.find("#hits li .snippet mark").getText()).isEqualTo("Whistleblower");
        assertThat(browser.find("#hits li .snippet").getText()).isEqualTo("National Whistleblower Center");
        PageChecks.check(browser, "search");
    }

    @Test
    void tabToTheHomeSearchBoxAndSubmitWithEnter() {
        browser.open("/");
        // the skip link, the brand, the header search and its button, the seven sections, then the page's own search box
        for (int i = 0; i < 13; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            if ("home-search-q".equals(browser.driver().switchTo().activeElement().getAttribute("id"))) break;
        }
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("home-search-q");

        browser.driver().switchTo().activeElement().sendKeys("whistleblower", Keys.ENTER);

        browser.await(d -> d.getCurrentUrl().endsWith("/search?q=whistleblower"));
        assertThat(browser.find("#hits li .hit-title a").getAttribute("href")).endsWith("/id/org/nwc");
    }
}
