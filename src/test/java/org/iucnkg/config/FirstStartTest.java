package org.iucnkg.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.iucnkg.Application;
import org.iucnkg.testing.Http;
import org.iucnkg.testing.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar} on an empty directory: the first start ingests the shipped data through the
 * validated ingest and serves it; a second start on the same directory serves the same store without
 * ingesting again.
 */
class FirstStartTest {
    static final String GRAPHS = "SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g";
    static final String INGESTED = "PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>"
            + " SELECT ?at WHERE { ?source ikg:ingestedAt ?at } ORDER BY ?source";
    static final String FFI_COUNTRY = "PREFIX ikg: <https://w3id.org/iucn-kg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>"
            + " PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
            + " SELECT ?country WHERE { ?report ikg:reportsOn/dcterms:identifier \"WCC-2016-Res-025\" ;"
            + " ikg:implementingMember ?member . ?member rdfs:label \"Fauna & Flora International\" ;"
            + " ikg:country/rdfs:label ?country }";

    @TempDir
    Path store;

    @Test
    void firstStartIngestsTheShippedDataAndLaterStartsReuseIt() {
        List<String> firstIngest;
        try (ConfigurableApplicationContext app = start()) {
            Http http = http(app);
            assertThat(select(http, GRAPHS)).containsExactly(
                    "https://w3id.org/iucn-kg/graph/000_e0493410fdb9a2bc", "https://w3id.org/iucn-kg/graph/001_50aa66a37577ce79",
                    "https://w3id.org/iucn-kg/graph/002_5df53e2cb0b2fe4b", "https://w3id.org/iucn-kg/graph/003_77c0dfcbb0738d32",
                    "https://w3id.org/iucn-kg/graph/004_c290f9cf53e44b5b", "https://w3id.org/iucn-kg/graph/concepts",
                    "https://w3id.org/iucn-kg/graph/ontology", "https://w3id.org/iucn-kg/graph/reference");
            // 000 lists "Fauna & Flora International ( FFI ) / United Kingdom"; the country's name is reference data
            assertThat(select(http, FFI_COUNTRY)).containsExactly("United Kingdom of Great Britain and Northern Ireland");
            firstIngest = select(http, INGESTED);
            assertThat(firstIngest).hasSize(5);
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(select(http(app), INGESTED)).isEqualTo(firstIngest);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--kg.store.path=" + store);
    }

    private static Http http(ConfigurableApplicationContext app) {
        return new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    private static List<String> select(Http http, String query) {
        return Results.firstColumn(http.query(query, "application/sparql-results+json").body());
    }
}
