package org.iucnkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The pages of resources, with their key facts first, from the seed reports. */
class EntityPagesTest extends WebTest {

    @Test
    void resolutionListsItsImplementersByRole() {
        browser.open("/id/instrument/wcc-2020-res-040");

        assertThat(browser.find("h1").getText()).isEqualTo("WCC-2020-Res-040");
        // 001: IFAW among the IUCN Members, SSC (2021-2025) among the Commissions, INTERPOL among the other organisations
        assertThat(browser.find("#implementers-members").getText()).contains("International Fund for Animal Welfare IFAW");
        assertThat(browser.find("#implementers-commissions").getText()).isEqualTo("IUCN Species Survival Commission SSC (2021–2025)");
        assertThat(browser.find("#implementers-partners").getText()).contains("International Criminal Police Organization INTERPOL");
        assertThat(browser.find("#implementers-secretariat").getText()).isEqualTo("IUCN Secretariat involved");
        assertThat(browser.find("#status").getText()).startsWith("On-going");
        assertThat(browser.findAll("#resolution-facts .tags li")).extracting(WebElement::getText).contains("Capacity-building", "Field activities");
        assertThat(browser.find(".timeline").getText()).contains("2021-05", "Progress report on WCC-2020-Res-040");
        assertThat(browser.find("#activities").getText()).contains("Organisations:");
        // an activity of 001 names the "CITES Plant Committee" (the CITES Plants Committee), which no report lists as an implementer: shown by name
        assertThat(browser.find("#activities").getText()).contains("CITES Plants Committee").doesNotContain("cites-plants-committee");
        PageChecks.check(browser, "resolution");
    }

    @Test
    void aLongPartShowsItsFirstRowsAndLinksTheNextPage() {
        // report 001 on Res 040 lists 14 activities and 14 IUCN members; a page shows SeededServiceTest.PART_SIZE (10)
        browser.open("/id/instrument/wcc-2020-res-040");

        assertThat(browser.findAll("#activities > li")).hasSize(10);
        assertThat(browser.find("#more-activities").getText()).startsWith("1–10 of 14");
        assertThat(browser.findAll("#implementers-members li")).hasSize(10);
        assertThat(browser.find("#more-members").getText()).startsWith("1–10 of 14");
        assertThat(browser.findAll("#more-partners")).isEmpty(); // five partners: all shown

        browser.find("#more-activities a[rel='next']").click();
        browser.await(d -> d.getCurrentUrl().contains("?activities=2"));
        assertThat(browser.findAll("#activities > li")).hasSize(4);
        assertThat(browser.find("#more-activities").getText()).startsWith("11–14 of 14");
        assertThat(browser.findAll("#more-activities a[rel='prev']")).hasSize(1);
        assertThat(browser.findAll("#more-activities a[rel='next']")).isEmpty();
        assertThat(browser.findAll("#implementers-members li")).hasSize(10); // the other parts stay on their first page
        PageChecks.check(browser, "resolution-activities-page-2");
    }

    @Test
    void resolutionPageKeepsTheLinkedDataParts() {
        browser.open("/id/instrument/wcc-2020-res-040");

        assertThat(browser.find("#statements").getText()).isEqualTo("Every statement");
        assertThat(browser.find("#incoming").getText()).isEqualTo("Links to this resource");
        assertThat(browser.findAll("section[aria-labelledby='downloads'] li a")).extracting(WebElement::getText).contains("Turtle", "JSON-LD");
        assertThat(browser.find("script[type='application/ld+json']").getAttribute("textContent")).contains("WCC-2020-Res-040");
        browser.find("section[aria-labelledby='downloads'] p a").click();
        browser.await(d -> d.getCurrentUrl().contains("/query?query=DESCRIBE"));
    }

    @Test
    void organisationListsItsResolutionsAndCollaborators() {
        browser.open("/id/org/awf");

        assertThat(browser.find("h1").getText()).isEqualTo("African Wildlife Foundation");
        assertThat(browser.find("#organisation-facts .facts").getText()).contains("Kenya", "AWF", "African Wildlife Foundation - Kenya HQ");
        assertThat(browser.findAll("#resolutions li")).extracting(WebElement::getText)
                .containsExactly("WCC-2020-Res-040 as IUCN member", "WCC-2020-Res-054 as IUCN member");
        // 21 collaborators (13 other members, SSC and five partners on Res 040; NWC and WCEL on Res 054), by name
        assertThat(browser.find("#more-collaborators").getText()).startsWith("1–10 of 21");
        PageChecks.check(browser, "organisation");
        browser.find("#more-collaborators a[rel='next']").click();
        browser.await(d -> d.getCurrentUrl().contains("?collaborators=2"));
        assertThat(browser.find("#collaborators").getText()).contains("National Whistleblower Center on WCC-2020-Res-054");
    }
}
