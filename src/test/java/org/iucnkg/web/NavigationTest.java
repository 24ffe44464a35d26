package org.iucnkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Following links between the pages, as a person would: home, resolutions, Res 040, AWF, and back. */
class NavigationTest extends WebTest {

    @Test
    void homeToResolutionsToRes040ToAwfAndBack() {
        browser.open("/");

        browser.find(".site-nav a[href='/resolutions']").click();
        browser.await(d -> d.getCurrentUrl().endsWith("/resolutions"));
        assertThat(browser.find(".site-nav a[aria-current='page']").getText()).isEqualTo("Resolutions");

        browser.driver().findElement(By.linkText("WCC-2020-Res-040")).click();
        browser.await(d -> d.getCurrentUrl().endsWith("/id/instrument/wcc-2020-res-040"));
        assertThat(browser.find("h1").getText()).isEqualTo("WCC-2020-Res-040");

        browser.find("#implementers-members a[href='/id/org/awf']").click();
        browser.await(d -> d.getCurrentUrl().endsWith("/id/org/awf"));
        assertThat(browser.find("h1").getText()).isEqualTo("African Wildlife Foundation");

        browser.driver().navigate().back();
        browser.await(d -> d.getCurrentUrl().endsWith("/id/instrument/wcc-2020-res-040"));
        assertThat(browser.find("h1").getText()).isEqualTo("WCC-2020-Res-040");
    }

    @Test
    void toolkitCountriesAndNetworkNodesOpenTheirPages() {
        browser.open("/toolkit");
        browser.awaitVisible("path[data-iso2='BD']").click();
        browser.await(d -> d.getCurrentUrl().endsWith("/id/toolkit-implementation/BD"));
        assertThat(browser.find("h1").getText()).isEqualTo("ICCWC toolkit implementation: Bangladesh");

        browser.open("/toolkit");
        WebElement vietnam = browser.awaitVisible("path[data-iso2='VN']");
        browser.script("arguments[0].focus()", vietnam);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().endsWith("/id/toolkit-implementation/VN"));
        assertThat(browser.find("h1").getText()).isEqualTo("ICCWC toolkit implementation: Viet Nam");

        browser.open("/network");
        browser.awaitVisible("a.network-node[data-name='TRAFFIC']").click();
        browser.await(d -> d.getCurrentUrl().endsWith("/id/org/traffic"));
        assertThat(browser.find("h1").getText()).isEqualTo("TRAFFIC");
    }
}
