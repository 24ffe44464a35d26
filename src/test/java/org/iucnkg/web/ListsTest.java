package org.iucnkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The lists: filters narrow them, pages split them. */
class ListsTest extends WebTest {

    @Test
    void resolutionsFilterByCongressYearAndStatus() {
        browser.open("/resolutions");
        browser.find("#filter-year").sendKeys("2020");
        new Select(browser.find("#filter-status")).selectByValue("on-going");

        browser.find(".filters button").click();

        browser.await(d -> d.getCurrentUrl().contains("year=2020"));
        assertThat(browser.findAll("#list-table tbody tr td:first-child")).extracting(WebElement::getText)
                .containsExactly("WCC-2020-Res-040", "WCC-2020-Res-054");
        assertThat(browser.find("#result-count").getText()).isEqualTo("2 found.");
        PageChecks.check(browser, "resolutions");
    }

    @Test
    void organisationsFilterByCountryAndRole() {
        browser.open("/organisations?country=KE&role=member");

        assertThat(browser.findAll("#list-table tbody tr td:first-child")).extracting(WebElement::getText)
                .contains("African Wildlife Foundation");
        assertThat(browser.findAll("#list-table tbody tr td:nth-child(3)")).extracting(WebElement::getText).containsOnly("KE");
        assertThat(new Select(browser.find("#filter-role")).getFirstSelectedOption().getText()).isEqualTo("member");
        PageChecks.check(browser, "organisations");
    }

    @Test
    void organisationsComeInPagesOfTwenty() {
        browser.open("/organisations");
        String firstOfPageOne = browser.find("#list-table tbody tr td").getText();
        assertThat(browser.findAll("#list-table tbody tr")).hasSize(20);
        assertThat(browser.find("#result-count").getText()).contains("page 1 of");

        browser.find(".pagination a[rel='next']").click();

        browser.await(d -> d.getCurrentUrl().endsWith("page=2"));
        assertThat(browser.find("#result-count").getText()).contains("page 2 of");
        assertThat(browser.find("#list-table tbody tr td").getText()).isNotEqualTo(firstOfPageOne);
        assertThat(browser.find(".pagination a[rel='prev']").getAttribute("href")).endsWith("/organisations?page=1");
    }

    @Test
    void eventsAndCountriesList() {
        browser.open("/events?country=KE");
        assertThat(browser.findAll("#list-table tbody tr td:nth-child(4)")).extracting(WebElement::getText).containsOnly("Kenya");
        PageChecks.check(browser, "events");

        browser.open("/countries?q=viet");
        assertThat(browser.findAll("#list-table tbody tr")).extracting(WebElement::getText).singleElement().asString()
                .startsWith("Viet Nam VN").endsWith("8");
    }

    @Test
    void aBadFilterSaysWhatIsAllowed() {
        browser.open("/resolutions?year=twenty");

        assertThat(browser.find(".problem").getText()).contains("year", "four digits");
    }
}
