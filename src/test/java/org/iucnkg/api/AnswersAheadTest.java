package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryRunner;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.Json;
import org.iucnkg.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;


/**
 * The seeds with answers computed ahead, on a TDB2 store of its own read directly (as above 2M quads): the first pages of a year's events and
 * resolutions and of a country's organisations and details are kept before anyone asks, and again for the
 * store's new version after a write.
 */
@TestPropertySource(properties = "kg.api.answer-ahead=true") // over ServiceTest's
class AnswersAheadTest extends ServiceTest {
    private static final int PART_SIZE = 10;
    private static final Path STORE = Fixtures.tempStore("kg-answers-ahead-test");
    private static final String NOTES = "https://w3id.org/iucn-kg/graph/notes";

    @DynamicPropertySource
    static void ahead(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "true");
        settings.add("kg.store.read-mirror", () -> "false"); // the in-memory copy is not answered ahead
        settings.add("kg.api.part-size", () -> PART_SIZE);
    }

    @Autowired
    AnswersAhead ahead;
    @Autowired
    QueryRunner runner;
    @Autowired
    QueryCatalog catalog;

    @Test
    void aYearsAndACountrysFirstPagesAreKeptBeforeAnyoneAsks() {
        answeredForTheCurrentVersion();

        assertThat(kept("events", Map.of("year", "2019"), 50)).isTrue();
        assertThat(kept("resolutions", Map.of("year", "2020"), 20)).isTrue();
        assertThat(kept("organisations", Map.of("country", "KE"), 20)).isTrue();
        assertThat(runner.kept(catalog.get("country"), Map.of("iso2", "KE"), -1, 0)).as("Kenya's row").isTrue();
        assertThat(kept("country-organisations", Map.of("iso2", "KE"), PART_SIZE)).isTrue();
        assertThat(kept("events", Map.of("year", "1999"), 50)).as("a year without events").isFalse();
        assertThat(eventsOf("2019")).hasSize(4).contains("Lima Conference on Illegal Wildlife Trade");
    }

    @Test
    void aWriteIsFollowedByTheAnswersOfTheNewVersion() {
        long before = answeredForTheCurrentVersion();
        String workshop = "https://w3id.org/iucn-kg/id/event/answered-ahead-workshop";
        write("INSERT DATA { GRAPH <" + NOTES + "> { <" + workshop + "> a ikg:Event ; rdfs:label \"answered ahead workshop\" ;"
                + " dcterms:source <" + Fixtures.REFERENCE + "> ; schema:startDate \"2019-06-03\"^^xsd:date } }");
        try {
            assertThat(answeredForTheCurrentVersion()).isNotEqualTo(before);
            assertThat(kept("events", Map.of("year", "2019"), 50)).isTrue();
            assertThat(eventsOf("2019")).hasSize(5).contains("answered ahead workshop");
        } finally {
            write("DROP GRAPH <" + NOTES + ">");
        }
    }

    private boolean kept(String query, Map<String, String> args, int size) {
        return runner.kept(catalog.get(query), args, 1, size);
    }

    /** Waits until the store's current version has been answered ahead, and returns it. */
    private long answeredForTheCurrentVersion() {
        for (int i = 0; i < 1200; i++) {
            long version = store.version();
            if (ahead.answeredVersion() == version) return version;
            sleep();
        }
        throw new AssertionError("the store's version " + store.version() + " was not answered ahead (last: " + ahead.answeredVersion() + ")");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private List<String> eventsOf(String year) {
        return Json.texts(Json.get(http, "/api/events?year=" + year).path("items"), "label");
    }

    private void write(String update) {
        HttpResponse<String> response = admin.update("PREFIX ikg: <https://w3id.org/iucn-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " PREFIX schema: <https://schema.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX dcterms: <http://purl.org/dc/terms/> " + update);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }
}
