package org.iucnkg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.util.Context;
import org.iucnkg.store.KgStore;
import org.iucnkg.store.LocalStore;
import org.iucnkg.store.MirroredStore;
import org.iucnkg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Early DISTINCT on a real TDB2 store and its in-memory read copy. Four organisations and three resolutions:
 * A works on r1 and r2, B on r1, r2 and r3, C on r3, D on r2 and r3. A's partners are B (through r1 and r2) and D
 * (through r2); the organisations that share with them an instrument other than through themselves are B (r2 and r3,
 * through D), D (r2 and r3, through B) and C (r3). Counting rows instead of distinct instruments gives B 2, C 3, D 4
 * (C's r3 is reached through B from r1, from r2, and through D), which the rewrite must leave as they are.
 */
class EarlyDistinctTest {
    private static final String DATA = """
            @prefix ikg: <https://w3id.org/iucn-kg/ontology#> .
            @prefix : <https://example.org/> .
            :A ikg:worksOn :r1 , :r2 .
            :B ikg:worksOn :r1 , :r2 , :r3 .
            :C ikg:worksOn :r3 .
            :D ikg:worksOn :r2 , :r3 .
            """;
    private static final String PREFIXES = "PREFIX ikg: <https://w3id.org/iucn-kg/ontology#> PREFIX : <https://example.org/> ";
    private static final String PARTNERS_OF_PARTNERS = PREFIXES + """
            SELECT ?other (%s AS ?n) WHERE {
              :A ikg:worksOn ?first . ?partner ikg:worksOn ?first , ?second . ?other ikg:worksOn ?second .
              FILTER(?partner != :A && ?other != :A && ?other != ?partner)
            } GROUP BY ?other""";

    @TempDir
    Path directory;

    @Test
    void partnersOfPartnersAreCountedByDistinctInstrumentsOnTdb2AndOnTheReadCopy() {
        try (TdbStore tdb = TdbStore.open(directory)) {
            tdb.replaceGraph("https://example.org/graph", data());
            MirroredStore copy = MirroredStore.over(tdb, null);
            for (LocalStore store : new LocalStore[] {tdb, copy}) {
                Context planned = store.local().orElseThrow().getContext();
                assertThat(plan(PARTNERS_OF_PARTNERS.formatted("COUNT(DISTINCT ?second)"), planned))
                        .as("queries on %s are planned with early DISTINCT", store).contains("(distinct (project (?partner)");
                assertThat(counts(store, PARTNERS_OF_PARTNERS.formatted("COUNT(DISTINCT ?second)")))
                        .as(store.toString()).isEqualTo(Map.of("B", 2, "C", 1, "D", 2));
                assertThat(counts(store, PARTNERS_OF_PARTNERS.formatted("MAX(1) + COUNT(DISTINCT ?second) - 1")))
                        .as("an expression over duplicate-blind aggregates").isEqualTo(Map.of("B", 2, "C", 1, "D", 2));
                assertThat(counts(store, PARTNERS_OF_PARTNERS.formatted("COUNT(?second)")))
                        .as("rows counted, not rewritten").isEqualTo(Map.of("B", 2, "C", 3, "D", 4));
            }
        }
    }

    /**
     * P1, P2 and P3 each share r1 with A and also work on r3, as X does. Each instrument is reached through three
     * partners, of which two are kept (the smallest and largest IRI, P1 and P3): P1 still counts r1 through P3,
     * P3 through P1, P2 through either. Each P counts r1 and r3, X counts r3.
     */
    @Test
    void twoWitnessesOfThreeGiveTheSameCounts() {
        String data = "@prefix ikg: <https://w3id.org/iucn-kg/ontology#> . @prefix : <https://example.org/> ."
                + " :A ikg:worksOn :r1 . :P1 ikg:worksOn :r1 , :r3 . :P2 ikg:worksOn :r1 , :r3 . :P3 ikg:worksOn :r1 , :r3 . :X ikg:worksOn :r3 .";
        String query = PARTNERS_OF_PARTNERS.formatted("COUNT(DISTINCT ?second)");
        assertThat(plan(query)).contains("(group (?second) ((?*smallest.partner (min ?partner)) (?*largest.partner (max ?partner)))");
        try (TdbStore tdb = TdbStore.open(directory)) {
            tdb.replaceGraph("https://example.org/graph", RDFParser.fromString(data, Lang.TURTLE).toGraph());
            assertThat(counts(MirroredStore.over(tdb, null), query)).isEqualTo(Map.of("P1", 2, "P2", 2, "P3", 2, "X", 1));
            assertThat(counts(tdb, query)).isEqualTo(Map.of("P1", 2, "P2", 2, "P3", 2, "X", 1));
        }
    }

    @Test
    void selectDistinctKeepsTheSameRows() {
        String query = PREFIXES + "SELECT DISTINCT ?other WHERE { :A ikg:worksOn ?first . ?partner ikg:worksOn ?first , ?second ."
                + " ?other ikg:worksOn ?second FILTER(?other != ?partner) } ";
        try (TdbStore tdb = TdbStore.open(directory)) {
            tdb.replaceGraph("https://example.org/graph", data());
            assertThat(counts(tdb, query.replace("?other WHERE", "?other (1 AS ?n) WHERE")))
                    .isEqualTo(Map.of("A", 1, "B", 1, "C", 1, "D", 1));
        }
        // distinct partners, but no witnesses: those wait for every row, and DISTINCT streams its first rows to a LIMIT
        assertThat(plan(query)).contains("(distinct (project (?partner)").doesNotContain("smallest");
    }

    @Test
    void theFirstPartnerIsDeduplicatedBeforeTheRestOfTheJoin() {
        String plan = plan(PARTNERS_OF_PARTNERS.formatted("COUNT(DISTINCT ?second)"));
        String worksOn = " <https://w3id.org/iucn-kg/ontology#worksOn> ";
        String partners = "(sequence (distinct (project (?partner) (filter (!= ?partner <https://example.org/A>) (bgp (triple <https://example.org/A>"
                + worksOn + "?first) (triple ?partner" + worksOn + "?first) ))))";
        assertThat(plan).contains(partners);
        // then each distinct partner is joined with the rest: ?first, used by nothing after, is gone
        assertThat(plan.substring(plan.indexOf(partners) + partners.length())).doesNotContain("?first").contains("?second");
    }

    @Test
    void whatCountsRowsOrNeedsEveryVariableIsLeftAlone() {
        assertThat(plan(PARTNERS_OF_PARTNERS.formatted("COUNT(?second)"))).doesNotContain("distinct");
        assertThat(plan(PARTNERS_OF_PARTNERS.formatted("SUM(1)"))).doesNotContain("distinct");
        assertThat(plan(PARTNERS_OF_PARTNERS.formatted("COUNT(DISTINCT *)"))).doesNotContain("(distinct (project");
        String exists = PARTNERS_OF_PARTNERS.formatted("COUNT(DISTINCT ?second)")
                .replace("FILTER(", "FILTER(EXISTS { ?first ikg:worksOn ?other } && ");
        assertThat(plan(exists)).doesNotContain("(distinct (project");
        String random = PARTNERS_OF_PARTNERS.formatted("COUNT(DISTINCT ?second)").replace("FILTER(", "FILTER(RAND() < 2 && ");
        assertThat(plan(random)).doesNotContain("(distinct (project");
    }

    private static String plan(String query) {
        return plan(query, Planner.install(Context.create()));
    }

    private static String plan(String query, Context context) {
        return Algebra.optimize(Algebra.compile(QueryFactory.create(query)), context).toString().replaceAll("\\s+", " ");
    }

    private static Graph data() {
        return RDFParser.fromString(DATA, Lang.TURTLE).toGraph();
    }

    /** ?other's local name to ?n. */
    private static Map<String, Integer> counts(KgStore store, String query) {
        Map<String, Integer> counts = new TreeMap<>();
        Function<String, String> local = iri -> iri.substring(iri.lastIndexOf('/') + 1);
        try (RDFLink link = store.link()) {
            link.querySelect(query, row -> counts.put(local.apply(row.get("other").getURI()), row.get("n").getLiteralValue() instanceof Number n ? n.intValue() : -1));
        }
        return counts;
    }
}
