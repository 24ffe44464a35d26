package org.iucnkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The toolkit map from the CITES SC66 table (as of 9 November 2015): Viet Nam completed all eight steps
 * without implementing the action plan's recommendations, Bangladesh all eight with them.
 */
class ToolkitMapTest extends WebTest {

    @BeforeEach
    void openMap() {
        browser.open("/toolkit");
        browser.awaitVisible("#toolkit-map path.country.toolkit");
    }

    @Test
    void shadesVietnamAsEightStepsWithoutActionPlan() {
        WebElement vietnam = browser.find("path[data-iso2='VN']");

        assertThat(vietnam.getAttribute("class")).contains("steps-8");
        assertThat(vietnam.getAttribute("data-action-plan")).isEqualTo("false");
        assertThat(browser.findAll("circle.action-plan-marker[data-iso2='VN']")).isEmpty();
        browser.script("arguments[0].focus()", vietnam);
        WebElement tooltip = browser.awaitVisible("#map-tooltip");
        assertThat(tooltip.getText()).startsWith("Viet Nam: 8 of 8 steps completed (1 Request, 2 Nomination of focal point")
                .endsWith("8 Presentation). Action plan recommendations: not implemented.");
    }

    @Test
    void shadesBangladeshAsEightStepsWithActionPlanAndShowsStepsOnHover() {
        WebElement bangladesh = browser.find("path[data-iso2='BD']");

        assertThat(bangladesh.getAttribute("class")).contains("steps-8");
        assertThat(bangladesh.getAttribute("data-action-plan")).isEqualTo("true");
        assertThat(browser.findAll("circle.action-plan-marker[data-iso2='BD']")).hasSize(1);
        new Actions(browser.driver()).moveToElement(bangladesh).perform();
        assertThat(browser.awaitVisible("#map-tooltip").getText())
                .startsWith("Bangladesh: 8 of 8 steps completed").endsWith("Action plan recommendations: implemented.");
    }

    @Test
    void tableHoldsTheSameDataAndMapPassesPageChecks() {
        WebElement row = browser.find("#toolkit-table tr[data-iso2='VN']");

        assertThat(row.getText()).contains("Viet Nam", "8 of 8", "no");
        assertThat(browser.find("#toolkit-table tr[data-iso2='CD']").getText()).contains("2 of 8", "1 Request, 2 Nomination of focal point");
        assertThat(browser.findAll("#toolkit-table tbody tr")).hasSize(17);
        assertThat(browser.findAll("path.country.toolkit")).hasSize(17);
        assertThat(browser.find("main .lead").getText()).contains("as of 9 November 2015");
        PageChecks.check(browser, "toolkit");
    }
}
