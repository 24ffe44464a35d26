package org.iucnkg.ingest;

import static org.iucnkg.ingest.Seeds.IRIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.iucnkg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many documents at once give the store and the outcomes that ingesting them one by one gives. */
class BulkIngestTest {
    private static final String MEMBERS = "IUCN Members: \n";
    /** Breaks the shapes (four digits), and lists an organisation no reference data knows. */
    private static final SourceText BROKEN = edited(Seeds.RES_025, "WCC 2016 Res 025 - Progress Report", "WCC 2016 Res 1234 - Progress Report",
            "Zyxwood Wetlands Foundation ( ZWF ) / Kenya");
    /** Lists the same organisation with one letter less: known from BROKEN, it would be merged into it. */
    private static final SourceText AFTER_BROKEN = edited(Seeds.RES_054, "WCC 2020 Res 054", "WCC 2020 Res 054",
            "Zyxwood Wetland Foundation ( ZWF ) / Kenya");
    private static final SourceText NOT_A_REPORT = SourceText.of("shopping.txt", "Shopping list\n- milk\n- bread\n");

    @TempDir static Path shared;
    /** The sources ingested one by one: the store and outcomes every bulk run must match. */
    static TdbStore single;
    static List<String> expected;

    @TempDir Path dir;

    @BeforeAll
    static void oneByOne() throws IngestRefusedException {
        single = TdbStore.open(shared.resolve("single"));
        Ingestor one = Ingestor.create(IRIS, single, Seeds.clockAt(Seeds.NOW));
        one.ensureBaseGraphs();
        expected = oneByOne(one, mixed());
    }

    @AfterAll
    static void close() {
        single.close();
    }

    private static SourceText edited(String seed, String from, String to, String member) {
        String text = Seeds.text(seed).replace(from, to).replace(MEMBERS, MEMBERS + member + "\n");
        return SourceText.of(seed + ".txt", text);
    }

    private static List<SourceText> mixed() {
        return List.of(Seeds.source(Seeds.RES_040), BROKEN, NOT_A_REPORT, AFTER_BROKEN, Seeds.source(Seeds.CITES), Seeds.source(Seeds.RES_087));
    }

    /** The outcomes of ingesting one by one, in the form bulk outcomes take. */
    private static List<String> oneByOne(Ingestor ingestor, List<SourceText> sources) {
        List<String> outcomes = new ArrayList<>();
        for (SourceText source : sources) {
            try {
                outcomes.add(describe(new SourceOutcome(source.fileName(), ingestor.ingest(source), null, null)));
            } catch (IngestRefusedException e) {
                outcomes.add(describe(new SourceOutcome(source.fileName(), null, e, null)));
            }
        }
        return outcomes;
    }

    private static String describe(SourceOutcome o) {
        return o.fileName() + ": " + (o.ingested() ? o.result().toString() : o.refusal() != null
                ? "refused " + o.refusal().getMessage() + " " + o.refusal().violations() : "failed " + o.failure());
    }

    private void assertSameAsOneByOne(int batchSources) throws IngestRefusedException {
        try (TdbStore bulk = TdbStore.open(dir.resolve("bulk"))) {
            Ingestor many = Ingestor.create(IRIS, bulk, Seeds.clockAt(Seeds.NOW));
            many.ensureBaseGraphs();

            List<String> outcomes = many.ingestAll(mixed(), batchSources, o -> { }).stream().map(BulkIngestTest::describe).toList();

            assertEquals(expected, outcomes);
            var a = single.local().orElseThrow();
            var b = bulk.local().orElseThrow();
            assertTrue(Txn.calculateRead(a, () -> Txn.calculateRead(b, () -> IsoMatcher.isomorphic(a, b))), "the stores differ");
        }
    }

    /** Each document with a new ingestor, whose resolver index is built from the store, not kept up to date. */
    @Test
    void anIndexBuiltFromTheStoreForEachDocumentGivesWhatOneKeptUpToDateGives() throws IngestRefusedException {
        try (TdbStore fresh = TdbStore.open(dir.resolve("fresh"))) {
            Ingestor.create(IRIS, fresh, Seeds.clockAt(Seeds.NOW)).ensureBaseGraphs();
            List<String> outcomes = new ArrayList<>();
            for (SourceText source : mixed()) {
                outcomes.addAll(oneByOne(Ingestor.create(IRIS, fresh, Seeds.clockAt(Seeds.NOW)), List.of(source)));
            }

            assertEquals(expected, outcomes);
            var a = single.local().orElseThrow();
            var b = fresh.local().orElseThrow();
            assertTrue(Txn.calculateRead(a, () -> Txn.calculateRead(b, () -> IsoMatcher.isomorphic(a, b))), "the stores differ");
        }
    }

    @Test
    void oneBatchGivesWhatOneByOneGives() throws IngestRefusedException {
        assertSameAsOneByOne(BulkIngest.BATCH_SOURCES);
    }

    @Test
    void batchesOfTwoGiveWhatOneByOneGives() throws IngestRefusedException {
        assertSameAsOneByOne(2);
    }

    @Test
    void aBrokenDocumentAmongGoodOnesIsRefusedWithItsOwnReportAndLeavesNoTrace() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            Ingestor ingestor = Ingestor.create(IRIS, store, Seeds.clockAt(Seeds.NOW));
            List<SourceOutcome> seen = new ArrayList<>();

            List<SourceOutcome> outcomes = ingestor.ingestAll(mixed(), BulkIngest.BATCH_SOURCES, seen::add);

            assertEquals(outcomes, seen);
            assertEquals(List.of(true, false, false, true, true, true), outcomes.stream().map(SourceOutcome::ingested).toList());
            String focus = "https://w3id.org/iucn-kg/id/instrument/wcc-2016-res-1234";
            assertTrue(outcomes.get(1).refusal().getMessage().startsWith("000_e0493410fdb9a2bc.txt breaks the shapes (1 violation): " + focus + " "),
                    outcomes.get(1).refusal().getMessage());
            assertEquals("shopping.txt is not a kind of document this service reads: no parser recognises it (known kinds: cites-iccwc, iucn-report)",
                    outcomes.get(2).refusal().getMessage());
            var probe = new Probe(store);
            assertEquals(List.of(IRIS.graph(Seeds.RES_040), IRIS.graph(Seeds.RES_054), IRIS.graph(Seeds.CITES), IRIS.graph(Seeds.RES_087)),
                    probe.graphNames().stream().filter(g -> g.contains("/graph/0")).toList());
            assertFalse(probe.ask("ASK { ?x ?p <" + focus + "> }"));
            // The later document spells the organisation its own way and, the broken one refused, mints it itself.
            assertEquals(List.of("Zyxwood Wetland Foundation"), probe.values("SELECT ?label { id:org\\/zyxwood-wetland-foundation rdfs:label ?label }"));
            assertFalse(probe.ask("ASK { id:org\\/zyxwood-wetlands-foundation ?p ?o }"));
            long triples = outcomes.stream().filter(SourceOutcome::ingested).mapToLong(o -> o.result().triples()).sum();
            assertEquals(triples, Long.parseLong(probe.values("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
                    + IRIS.graphBase() + "0\")) }").get(0)));
        }
    }
}
