package org.iucnkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.iucnkg.testing.URLs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The SPARQL editor: a permalinked query runs on open, its answer as table and chart, downloads, prefix completion. */
class QueryPageTest extends WebTest {
    static final String VIETNAM = """
            PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?name WHERE { ?country ikg:countryCode "VN" ; rdfs:label ?name }""";
    static final String STEPS_PER_COUNTRY = """
            PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?country ?steps WHERE { ?t ikg:country/rdfs:label ?country ; ikg:completedStepCount ?steps } ORDER BY ?country""";

    @Test
    void permalinkedQueryRunsOnOpenAndShowsItsTable() {
        browser.open("/query?query=" + URLs.encode(VIETNAM));

        WebElement cell = browser.await(d -> d.findElements(By.cssSelector(".yasr table.dataTable tbody td")).stream()
                .filter(td -> td.getText().contains("Viet Nam")).findFirst().orElse(null));
        assertThat(cell.getText()).contains("Viet Nam");
        assertThat(browser.find("#permalink").getAttribute("href")).isEqualTo(browser.url("/query?query=" + URLs.encode(VIETNAM).replace("%20", "+")));
        assertThat(browser.find("#downloads-results").isDisplayed()).isTrue();
        assertThat(browser.findAll("#downloads-results a")).extracting(WebElement::getText).containsExactly("JSON", "XML", "CSV", "TSV");
        assertThat(browser.find("#downloads-results a[data-format='csv']").getAttribute("href")).contains("/sparql?query=").endsWith("format=csv");
        labelEditorControls();
        PageChecks.check(browser, "query");
    }

    @Test
    void numericAnswersDrawAsABarChart() {
        browser.open("/query?query=" + URLs.encode(STEPS_PER_COUNTRY));
        browser.awaitVisible(".yasr table.dataTable tbody td");

        browser.find(".yasr .select_chart").click();

        WebElement chart = browser.awaitVisible(".iucnkg-chart svg");
        assertThat(chart.getAttribute("aria-label")).isEqualTo("Bar chart of steps by country");
        // seventeen countries in the seed table, Viet Nam with all eight steps
        assertThat(browser.findAll(".iucnkg-chart g.bar")).hasSize(17);
        assertThat(browser.findAll(".iucnkg-chart g.bar title")).extracting(t -> t.getAttribute("textContent")).contains("Viet Nam: 8");
        browser.screenshot("query-chart-desktop");
    }

    @Test
    void theResearchersExamplesOpenInTheEditorAndRun() {
        browser.open("/query");
        Select examples = new Select(browser.awaitVisible("#example"));
        // docs/queries holds twelve examples; the first option only asks to choose
        assertThat(examples.getOptions()).hasSize(13);

        examples.selectByVisibleText("Who implements WCC-2020-Res-040, and in which role");
        browser.find("#open-example").click();

        browser.await(d -> d.findElements(By.cssSelector(".yasr table.dataTable tbody td")).stream()
                .anyMatch(td -> td.getText().contains("International Criminal Police Organization")));
        assertThat(browser.find("#permalink").getAttribute("href")).contains("/query?query=%23+Who+implements");
    }

    @Test
    void typingAProjectPrefixDeclaresIt() {
        browser.open("/query");
        WebElement editor = browser.awaitVisible(".yasqe .CodeMirror");
        browser.script("document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue('')");

        editor.click();
        new Actions(browser.driver()).sendKeys("SELECT * WHERE { ?s a ikg:").perform();

        String query = browser.await(d -> {
            String text = (String) browser.script("return document.querySelector('.yasqe .CodeMirror').CodeMirror.getValue()");
            return text.contains("PREFIX ikg:") ? text : null;
        });
        assertThat(query).contains("PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>");
        assertThat(browser.find("#downloads-results").isDisplayed()).isTrue();
    }

    private void labelEditorControls() {
        assertThat(browser.find(".yasqe textarea").getAttribute("aria-label")).isEqualTo("SPARQL query");
    }
}
