package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** /api/countries/{iso2}, /api/countries, /api/toolkit and /api/events on the seed data, over HTTP. */
class CountryToolkitEventRoutesTest extends SeededServiceTest {

    JsonNode get(String path) {
        return Json.get(http, path);
    }

    @Test
    void vietNamCompletedAllEightToolkitStepsButNotTheActionPlanRecommendations() {
        // SC66 Inf. toolkit table, row "Viet Nam": eight X, last column "No", as of 9 November 2015
        JsonNode vietNam = get("/api/countries/VN");
        assertThat(vietNam.path("label").asString()).isEqualTo("Viet Nam");
        assertThat(vietNam.path("completedSteps").asInt()).isEqualTo(8);
        assertThat(vietNam.path("actionPlanRecommendationsImplemented").asBoolean(true)).isFalse();
        assertThat(vietNam.path("toolkitStatusAsOf").asString()).isEqualTo("2015-11-09");
        assertThat(Json.texts(vietNam.path("toolkitSteps"), "label")).containsExactly("Request", "Nomination of focal point",
                "Preparatory work", "Initial meeting", "In-country mission", "Report (draft)", "Action plan", "Presentation");
        assertThat(Json.texts(vietNam.path("toolkitSteps"), "completed")).containsOnly("true");
    }

    @Test
    void kenyaWithItsOrganisationsToolkitProgressAndEvents() {
        JsonNode kenya = get("/api/countries/ke");
        assertThat(Json.texts(kenya.path("organisations"), "id")).contains("awf", "kws", "iucn-esaro");
        // Kenya: steps 1 to 3 done
        assertThat(Json.texts(kenya.path("toolkitSteps"), "completed"))
                .containsExactly("true", "true", "true", "false", "false", "false", "false", "false");
        // 000: "A learning exchange on communities and IWT was held in Kenya in Nov 2019"
        assertThat(Json.texts(kenya.path("events"), "startDate")).containsExactly("2019-11");
    }

    @Test
    void aCountryWithoutToolkitOrEventsHasEmptyLists() {
        JsonNode france = get("/api/countries/FR");
        assertThat(france.path("toolkitSteps").size()).isZero();
        assertThat(Json.texts(france.path("organisations"), "id")).contains("interpol", "wwf-france");
    }

    @Test
    void aCodeThatIsNoCountryIsNotFoundAndOneThatIsNoCodeABadRequest() {
        assertThat(http.get("/api/countries/XX", "application/json").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/countries/Vietnam", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void everyCountryIsListed() {
        JsonNode page = get("/api/countries?q=viet");
        assertThat(Json.texts(page.path("items"), "code")).containsExactly("VN");
        assertThat(get("/api/countries?size=1").path("total").asInt()).isEqualTo(249);
    }

    @Test
    void theListCountsWhatTheCountryPageLists() {
        JsonNode kenyaInList = get("/api/countries?q=kenya").path("items").get(0);
        JsonNode kenya = get("/api/countries/KE");
        assertThat(kenyaInList.path("organisations").asInt()).isEqualTo(kenya.path("organisations").size()).isGreaterThanOrEqualTo(3);
        assertThat(kenyaInList.path("events").asInt()).isEqualTo(kenya.path("events").size()).isPositive();
    }

    @Test
    void theToolkitTableHasTheSeventeenCountriesOfSc66() {
        JsonNode table = get("/api/toolkit");
        assertThat(table.path("total").asInt()).isEqualTo(17);
        List<String> countries = Json.texts(table.path("items"), "country");
        assertThat(countries).hasSize(17).contains("AO", "BD", "BW", "KE", "NP", "PE", "VN");
        JsonNode bangladesh = table.path("items").get(countries.indexOf("BD"));
        assertThat(bangladesh.path("completedSteps").asInt()).isEqualTo(8);
        assertThat(bangladesh.path("actionPlanRecommendationsImplemented").asBoolean()).isTrue();
        JsonNode angola = table.path("items").get(countries.indexOf("AO"));
        assertThat(angola.path("step2").asBoolean()).isTrue();
        assertThat(angola.path("step3").asBoolean(true)).isFalse();
    }

    @Test
    void theEventsIncludeTheKenyaLearningExchangeOfNovember2019() {
        JsonNode page = get("/api/events?size=100");
        JsonNode exchange = null;
        for (JsonNode event : page.path("items")) {
            if (event.path("label").asString().equals("learning exchange on communities and IWT")) exchange = event;
        }
        assertThat(exchange).isNotNull();
        assertThat(exchange.path("startDate").asString()).isEqualTo("2019-11");
        assertThat(exchange.path("country").asString()).isEqualTo("KE");
        assertThat(Json.texts(get("/api/events?country=KE&year=2019").path("items"), "label"))
                .containsExactly("learning exchange on communities and IWT");
        // sorted by date: the 2008 Barcelona Congress comes first
        assertThat(page.path("items").get(0).path("id").asString()).isEqualTo("wcc-2008");
    }
}
