package org.iucnkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.iucnkg.Application;
import org.iucnkg.testing.Http;
import org.iucnkg.testing.Results;
import org.iucnkg.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The in-memory read copy and the answer caches over the seed graph, on a real TDB2 store and the real
 * server: the copy holds what TDB2 holds, every accepted write (ingest, SPARQL Update, deleting a source)
 * is seen at once over /sparql and /api, a cached answer changes with it, a refused write changes
 * nothing, and after a restart TDB2 has the writes and the version is the same.
 */
class ReadMirrorTest {
    static final String AWF = "https://w3id.org/iucn-kg/id/org/awf";
    static final String AWF_RESOLUTIONS = "PREFIX ikg: <https://w3id.org/iucn-kg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>"
            + " SELECT ?id WHERE { <" + AWF + "> ikg:worksOn/dcterms:identifier ?id } ORDER BY ?id";
    static final String RES_040_ORGANISATIONS = "PREFIX ikg: <https://w3id.org/iucn-kg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>"
            + " SELECT (COUNT(DISTINCT ?org) AS ?n) WHERE { ?org ikg:worksOn/dcterms:identifier \"WCC-2020-Res-040\" }";
    static final String NOTE = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA { GRAPH <https://w3id.org/iucn-kg/graph/notes> {"
            + " <" + AWF + "> rdfs:comment \"checked by the read copy test\" } }";
    static final String HAS_NOTE = "ASK { <" + AWF + "> <http://www.w3.org/2000/01/rdf-schema#comment> \"checked by the read copy test\" }";
    static final String NOWHERE = "PREFIX ikg: <https://w3id.org/iucn-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
            + " INSERT DATA { GRAPH <https://w3id.org/iucn-kg/graph/reference> { <https://w3id.org/iucn-kg/id/country/XX>"
            + " a ikg:Country ; rdfs:label \"Nowhere\" ; ikg:countryCode \"Nowhere\" } }";
    static final String SEED_054 = "002_5df53e2cb0b2fe4b";
    static final Pattern IDENTIFIER = Pattern.compile("\"identifier\":\"([^\"]+)\"");

    @TempDir
    Path store;

    @Test
    void writesAreSeenAtOnceChangeCachedAnswersAndSurviveARestart() throws IOException {
        long version;
        try (ConfigurableApplicationContext app = start()) {
            MirroredStore mirrored = (MirroredStore) app.getBean(KgStore.class);
            Http http = http(app);
            Http admin = http.as("admin", ServiceTest.ADMIN_PASSWORD);
            assertThat(quads(mirrored.local().orElseThrow())).isEqualTo(quads(mirrored.writes())).hasSizeGreaterThan(1000);

            // the seeds: AWF works on Res 040 (seed 001) and Res 054 (seed 002); Res 040 has 14 members, 1 commission, 5 partners
            assertThat(select(http, AWF_RESOLUTIONS)).containsExactly("WCC-2020-Res-040", "WCC-2020-Res-054");
            assertThat(select(http, RES_040_ORGANISATIONS)).containsExactly("20");
            HttpResponse<String> again = http.query(AWF_RESOLUTIONS, "application/sparql-results+json");
            assertThat(again.headers().firstValue("X-Cache")).hasValue("hit");
            assertThat(apiResolutionsOf(http)).containsExactly("WCC-2020-Res-040", "WCC-2020-Res-054");

            assertThat(admin.send("DELETE", "/api/sources/" + SEED_054, "text/plain", "").statusCode()).isEqualTo(204);
            assertThat(select(http, AWF_RESOLUTIONS)).containsExactly("WCC-2020-Res-040");
            assertThat(apiResolutionsOf(http)).containsExactly("WCC-2020-Res-040");

            HttpResponse<String> ingested = admin.send("POST", "/api/sources?name=" + SEED_054 + ".txt", "text/plain",
                    Files.readString(Path.of("data/sources", SEED_054 + ".txt")));
            assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(201);
            assertThat(select(http, AWF_RESOLUTIONS)).containsExactly("WCC-2020-Res-040", "WCC-2020-Res-054");
            assertThat(apiResolutionsOf(http)).containsExactly("WCC-2020-Res-040", "WCC-2020-Res-054");

            assertThat(admin.update(NOTE).statusCode()).isEqualTo(204);
            assertThat(ask(http, HAS_NOTE)).isTrue();

            long before = mirrored.version();
            assertThat(admin.update(NOWHERE).statusCode()).isEqualTo(422);
            assertThat(ask(http, "ASK { <https://w3id.org/iucn-kg/id/country/XX> ?p ?o }")).isFalse();
            assertThat(mirrored.version()).isEqualTo(before);
            assertThat(quads(mirrored.local().orElseThrow())).isEqualTo(quads(mirrored.writes()));
            version = mirrored.version();
        }
        try (ConfigurableApplicationContext app = start()) {
            Http http = http(app);
            assertThat(app.getBean(KgStore.class).version()).isEqualTo(version);
            assertThat(ask(http, HAS_NOTE)).isTrue();
            assertThat(select(http, AWF_RESOLUTIONS)).containsExactly("WCC-2020-Res-040", "WCC-2020-Res-054");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--kg.store.path=" + store,
                "--kg.security.admin-password=" + ServiceTest.ADMIN_PASSWORD);
    }

    private static Http http(ConfigurableApplicationContext app) {
        return new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    private static List<String> select(Http http, String query) {
        return Results.firstColumn(http.query(query, "application/sparql-results+json").body());
    }

    private static boolean ask(Http http, String query) {
        return http.query(query, "application/sparql-results+json").body().contains("true");
    }

    private static List<String> apiResolutionsOf(Http http) {
        String body = http.get("/api/resolutions?organisation=awf", "application/json").body();
        return IDENTIFIER.matcher(body).results().map(match -> match.group(1)).sorted().toList();
    }

    private static Set<Quad> quads(DatasetGraph dataset) {
        Set<Quad> quads = new HashSet<>();
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(quads::add));
        return quads;
    }
}
