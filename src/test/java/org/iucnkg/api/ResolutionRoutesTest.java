package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** /api/resolutions and /api/resolutions/{identifier} on the seed data, over HTTP. */
class ResolutionRoutesTest extends SeededServiceTest {
    static final String JSON = "application/json";

    JsonNode get(String path) {
        return Json.get(http, path);
    }

    @Test
    void theTwo2016ResolutionsOfTheSeedsWithTheirTotal() {
        // 000 reports on WCC 2016 Res 025, 004 on WCC 2016 Res 087; nothing else in the seeds is from 2016
        JsonNode page = get("/api/resolutions?year=2016");
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(Json.texts(page.path("items"), "identifier")).containsExactly("WCC-2016-Res-025", "WCC-2016-Res-087");
        JsonNode res087 = page.path("items").get(1);
        assertThat(res087.path("statuses").get(0).asString()).isEqualTo("underway");
        assertThat(res087.path("organisations").asInt()).isEqualTo(1); // only CLLC is listed
    }

    @Test
    void everyResolutionOfTheSeedsIsListedWithTheOtherBodies() {
        // four WCC resolutions and the eight CITES, ECOSOC, UNGA, UNEA and CCPCJ resolutions recognising ICCWC
        JsonNode page = get("/api/resolutions?size=50");
        assertThat(page.path("total").asLong()).isEqualTo(12);
        assertThat(Json.texts(page.path("items"), "identifier")).contains("ECOSOC 2011/36", "Conf. 11.3 (Rev. CoP16)",
                "A/69/L80", "WCC-2020-Res-040", "WCC-2020-Res-054");
    }

    @Test
    void noRecommendationsInTheSeeds() {
        JsonNode page = get("/api/resolutions?type=Rec");
        assertThat(page.path("total").asLong()).isZero();
        assertThat(page.path("items").size()).isZero();
    }

    @Test
    void filtersByOrganisationStatusCategoryAndText() {
        assertThat(Json.texts(get("/api/resolutions?organisation=awf").path("items"), "identifier"))
                .containsExactly("WCC-2020-Res-040", "WCC-2020-Res-054");
        assertThat(Json.texts(get("/api/resolutions?status=underway").path("items"), "identifier")).containsExactly("WCC-2016-Res-087");
        // of the four progress reports, only 001 (Res 040) ticks "Field activities"
        assertThat(Json.texts(get("/api/resolutions?category=field-activities").path("items"), "identifier"))
                .containsExactly("WCC-2020-Res-040");
        assertThat(Json.texts(get("/api/resolutions?q=tigers").path("items"), "identifier")).containsExactly("Conf. 12.5 (Rev. CoP16)");
    }

    @Test
    void aTypeOutsideTheListIsABadRequestNamingTheAllowedValues() {
        HttpResponse<String> response = http.get("/api/resolutions?type=Foo", JSON);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.read(response.body());
        assertThat(problem.path("detail").asString()).startsWith("type must be one of Res, Rec, Dec");
        assertThat(problem.path("allowed").toString()).isEqualTo("[\"Res\",\"Rec\",\"Dec\"]");
        assertThat(problem.path("parameter").asString()).isEqualTo("type");
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void resolution040WithItsReportOrganisationsByRoleActivitiesAndEvents() {
        JsonNode resolution = get("/api/resolutions/WCC-2020-Res-040");
        assertThat(resolution.path("iri").asString()).isEqualTo("https://w3id.org/iucn-kg/id/instrument/wcc-2020-res-040");
        assertThat(resolution.path("status").asString()).isEqualTo("on-going");
        assertThat(resolution.path("adoptedAtLabel").asString()).isEqualTo("IUCN World Conservation Congress 2020");
        // "Indicate which actions ...": six categories are ticked in 001
        assertThat(Json.texts(resolution.path("categories"), "key")).containsExactlyInAnyOrder("capacity-building",
                "convene-stakeholders-networking", "education-communication-raising-awareness", "field-activities",
                "policy-influencing-advocacy", "scientific-technical-activities");
        assertThat(Json.texts(resolution.path("reports"), "iri")).containsExactly("https://w3id.org/iucn-kg/id/report/001_50aa66a37577ce79");
        assertThat(resolution.path("reports").get(0).path("secretariatInvolved").asBoolean()).isTrue();

        JsonNode organisations = resolution.path("organisations");
        // 14 members: the first page, in the order of their names, and the total
        assertThat(Json.texts(organisations.path("members"), "id")).contains("awf", "ifaw").hasSize(SeededServiceTest.PART_SIZE);
        assertThat(resolution.path("parts").path("organisations").path("groups").path("members").path("total").asLong()).isEqualTo(14);
        assertThat(Json.texts(organisations.path("commissions"), "id")).containsExactly("ssc");
        assertThat(organisations.path("commissions").get(0).path("mandate").asString()).isEqualTo("2021-2025");
        assertThat(Json.texts(organisations.path("partners"), "id")).contains("interpol", "traffic", "world-bank").hasSize(5);

        assertThat(resolution.path("activities").size()).isEqualTo(SeededServiceTest.PART_SIZE);
        assertThat(resolution.path("parts").path("activities").path("total").asLong()).isEqualTo(14);
        assertThat(Json.texts(resolution.path("events"), "label")).containsExactly("cross-sector workshop on wildlife cybercrime");
        assertThat(resolution.path("events").get(0).path("startDate").asString()).isEqualTo("2021-05");
    }

    @Test
    void theSlugOfTheIriNamesTheSameResolution() {
        assertThat(get("/api/resolutions/wcc-2020-res-040").path("identifier").asString()).isEqualTo("WCC-2020-Res-040");
    }

    @Test
    void aResolutionWithoutPartnersHasAnEmptyPartnerList() {
        JsonNode organisations = get("/api/resolutions/WCC-2016-Res-087").path("organisations");
        assertThat(Json.texts(organisations.path("members"), "id")).containsExactly("cllc");
        assertThat(organisations.path("partners").isArray()).isTrue();
        assertThat(organisations.path("partners").size()).isZero();
    }

    @Test
    void aCitesResolutionListsTheOrganisationItRecognises() {
        // an identifier with a slash is named by its IRI key
        JsonNode resolution = get("/api/resolutions/ecosoc-2011-36");
        assertThat(resolution.path("issuedByLabel").asString()).isEqualTo("United Nations Economic and Social Council");
        assertThat(Json.texts(resolution.path("recognises"), "id")).containsExactly("iccwc");
    }

    @Test
    void anUnknownResolutionIsNotFound() {
        HttpResponse<String> response = http.get("/api/resolutions/WCC-2099-Res-999", JSON);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.read(response.body()).path("detail").asString()).isEqualTo("There is no instrument WCC-2099-Res-999.");
    }
}
