package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** /api/organisations and /api/organisations/{id} on the seed data, over HTTP. */
class OrganisationRoutesTest extends SeededServiceTest {

    JsonNode get(String path) {
        return Json.get(http, path);
    }

    @Test
    void awfWorksOnRes040AndRes054AsAMember() {
        // 001 and 002 both list "African Wildlife Foundation ( AWF ) / Kenya" under IUCN Members
        JsonNode awf = get("/api/organisations/awf");
        assertThat(awf.path("label").asString()).isEqualTo("African Wildlife Foundation");
        assertThat(awf.path("country").asString()).isEqualTo("KE");
        assertThat(awf.path("acronyms").toString()).isEqualTo("[\"AWF\"]");
        assertThat(Json.texts(awf.path("resolutions"), "identifier")).containsExactly("WCC-2020-Res-040", "WCC-2020-Res-054");
        assertThat(Json.texts(awf.path("resolutions"), "role")).containsExactly("member", "member");
        // 002 names AWF in two of its activities (capacity building, the forensic equipment donation)
        assertThat(Json.texts(awf.path("activities"), "resolution")).containsExactly("WCC-2020-Res-054", "WCC-2020-Res-054");
    }

    @Test
    void awfsCollaboratorsAreThoseOnRes040AndRes054() {
        JsonNode awf = get("/api/organisations/awf");
        // Res 040: 13 other members, SSC and five partners; Res 054: the National Whistleblower Center and WCEL
        assertThat(awf.path("parts").path("collaborators").path("total").asLong()).isEqualTo(21);
        assertThat(awf.path("collaborators").size()).isEqualTo(SeededServiceTest.PART_SIZE); // the first page
        JsonNode collaborators = get("/api/organisations/awf/collaborators?size=21").path("items");
        assertThat(collaborators.size()).isEqualTo(21);
        JsonNode nwc = find(collaborators, "nwc");
        assertThat(nwc.path("shared").asInt()).isEqualTo(1);
        assertThat(nwc.path("resolutions").get(0).asString()).isEqualTo("WCC-2020-Res-054");
        assertThat(find(collaborators, "interpol").path("resolutions").get(0).asString()).isEqualTo("WCC-2020-Res-040");
    }

    @Test
    void iccwcIsRecognisedBySeventeenInstrumentsAndHasFivePartners() {
        // CITES SC66 Inf.: "17 instruments recognising ICCWC" and the five ICCWC partner organisations
        JsonNode iccwc = get("/api/organisations/iccwc");
        assertThat(iccwc.path("parts").path("recognisedBy").path("total").asLong()).isEqualTo(17);
        assertThat(get("/api/organisations/iccwc/recognisedBy?page=2").path("items").size()).isEqualTo(17 - SeededServiceTest.PART_SIZE);
        assertThat(Json.texts(iccwc.path("members"), "id")).containsExactlyInAnyOrder("cites-secretariat", "interpol", "unodc",
                "world-bank", "wco");
    }

    @Test
    void searchByNameOrAcronym() {
        JsonNode page = get("/api/organisations?q=wwf");
        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(Json.texts(page.path("items"), "id")).containsExactlyInAnyOrder("wwf-france", "wwf-international", "wwf-belgium", "wwf-uk");
        assertThat(Json.texts(get("/api/organisations?q=Whistleblower Cente".replace(" ", "%20")).path("items"), "id")).containsExactly("nwc");
    }

    @Test
    void filterByCountryAndRole() {
        assertThat(Json.texts(get("/api/organisations?country=ke&role=member").path("items"), "id")).containsExactly("awf");
        assertThat(Json.texts(get("/api/organisations?role=commission").path("items"), "id")).containsExactly("ssc", "wcel");
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        HttpResponse<String> response = http.get("/api/organisations/no-such-body", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.read(response.body()).path("detail").asString()).isEqualTo("There is no organisation no-such-body.");
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode element : array) {
            if (id.equals(element.path("id").asString())) return element;
        }
        throw new AssertionError(id + " is not in " + array);
    }
}
