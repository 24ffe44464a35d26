package org.iucnkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.iucnkg.store.TdbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end on the seed documents, in process, with a real store. */
class KgCliTest {
    private static final List<String> SEEDS = List.of("000_e0493410fdb9a2bc.txt", "001_50aa66a37577ce79.txt",
            "002_5df53e2cb0b2fe4b.txt", "003_77c0dfcbb0738d32.txt", "004_c290f9cf53e44b5b.txt");

    @TempDir static Path dir;
    static Path store;
    static CliRun ingest;

    @BeforeAll
    static void ingestTheSeeds() {
        store = dir.resolve("tdb2");
        String[] args = new String[SEEDS.size() + 3];
        args[0] = "ingest";
        for (int i = 0; i < SEEDS.size(); i++) args[i + 1] = "data/sources/" + SEEDS.get(i);
        args[SEEDS.size() + 1] = "--store";
        args[SEEDS.size() + 2] = store.toString();
        ingest = CliRun.of(args);
    }

    private static CliRun run(String... args) {
        String[] withStore = new String[args.length + 2];
        System.arraycopy(args, 0, withStore, 0, args.length);
        withStore[args.length] = "--store";
        withStore[args.length + 1] = store.toString();
        return CliRun.of(withStore);
    }

    @Test
    void ingestPrintsOneProgressLinePerFileAndASummary() {
        assertEquals(KgCli.OK, ingest.exitCode(), ingest.err());
        assertEquals("", ingest.out());
        List<String> lines = ingest.errLines();
        assertTrue(lines.get(0).startsWith("loaded the base graphs https://w3id.org/iucn-kg/graph/ontology"), lines.get(0));
        for (int i = 0; i < SEEDS.size(); i++) {
            String expected = "\\[" + (i + 1) + "/5\\] " + Pattern.quote(SEEDS.get(i)) + ": \\d+ triples, \\d+ warnings?";
            assertTrue(lines.get(i + 1).matches(expected), lines.get(i + 1));
        }
        assertTrue(lines.get(6).matches("ingested 5 of 5 files into .*: \\d+ triples, \\d+ warnings?; 0 refused, 0 unreadable"), lines.get(6));
    }

    @Test
    void validateSaysTheStoreConforms() {
        CliRun run = run("validate");
        assertEquals(KgCli.OK, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("the store at " + store + " conforms to the shapes"), run.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("violation: ")), run.out());
    }

    @Test
    void parsePrintsTheQuadsOfTheSourceGraph() {
        CliRun run = CliRun.of("parse", "data/sources/002_5df53e2cb0b2fe4b.txt", "--format", "nq");
        assertEquals(KgCli.OK, run.exitCode(), run.err());
        List<String> quads = run.out().lines().toList();
        assertTrue(quads.size() > 20, run.out());
        assertTrue(quads.stream().allMatch(q -> q.endsWith(" <https://w3id.org/iucn-kg/graph/002_5df53e2cb0b2fe4b> .")));
        assertTrue(quads.contains("<https://w3id.org/iucn-kg/id/report/002_5df53e2cb0b2fe4b> "
                + "<https://w3id.org/iucn-kg/ontology#reportsOn> <https://w3id.org/iucn-kg/id/instrument/wcc-2020-res-054> "
                + "<https://w3id.org/iucn-kg/graph/002_5df53e2cb0b2fe4b> ."), run.out());
    }

    @Test
    void exportedTrigReadsBackToEveryQuadOfTheStore() throws Exception {
        Path trig = dir.resolve("dump.trig");
        CliRun run = run("export", "--format", "trig", "--output", trig.toString());
        assertEquals(KgCli.OK, run.exitCode(), run.err());

        DatasetGraph readBack = DatasetGraphFactory.create();
        RDFParser.source(trig).lang(Lang.TRIG).parse(readBack);
        long quadsInStore;
        try (TdbStore opened = TdbStore.open(store)) {
            DatasetGraph dsg = opened.local().orElseThrow();
            quadsInStore = Txn.calculateRead(dsg, () -> (long) dsg.stream().count());
        }
        assertTrue(quadsInStore > 1000, "store holds " + quadsInStore);
        assertEquals(quadsInStore, readBack.stream().count());
        assertEquals(8, readBack.stream().map(q -> q.getGraph()).distinct().count());

        List<String> lines = Files.readAllLines(trig);
        assertTrue(lines.contains("PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>"), lines.get(0));
        List<String> blocks = lines.stream().filter(l -> l.endsWith("{")).toList();
        assertEquals(List.of("000_e0493410fdb9a2bc", "001_50aa66a37577ce79", "002_5df53e2cb0b2fe4b", "003_77c0dfcbb0738d32",
                "004_c290f9cf53e44b5b", "concepts", "ontology", "reference").stream()
                .map(g -> "<https://w3id.org/iucn-kg/graph/" + g + "> {").toList(), blocks, "one block per graph");
    }

    @Test
    void exportToStandardOutputIsNQuads() {
        CliRun run = run("export");
        assertEquals(KgCli.OK, run.exitCode(), run.err());
        DatasetGraph readBack = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.NQUADS).parse(readBack);
        assertEquals(run.out().lines().count(), readBack.stream().count());
    }

    @Test
    void queryCountsTheMembersImplementingRes040() throws Exception {
        Path rq = Files.writeString(dir.resolve("members.rq"), """
                PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT (COUNT(DISTINCT ?member) AS ?members) WHERE {
                  ?report ikg:reportsOn ?resolution ; ikg:implementingMember ?member .
                  ?resolution dcterms:identifier "WCC-2020-Res-040" .
                }
                """);
        CliRun csv = run("query", rq.toString(), "--format", "csv");
        assertEquals(KgCli.OK, csv.exitCode(), csv.err());
        assertEquals(List.of("members", "14"), csv.out().lines().toList());

        CliRun table = run("query", rq.toString());
        assertTrue(table.out().contains("| 14      |"), table.out());
    }

    @Test
    void askAndConstructQueries() throws Exception {
        Path ask = Files.writeString(dir.resolve("ask.rq"),
                "ASK { <https://w3id.org/iucn-kg/id/org/awf> <https://w3id.org/iucn-kg/ontology#worksOn> "
                        + "<https://w3id.org/iucn-kg/id/instrument/wcc-2020-res-054> }");
        assertEquals("yes", run("query", ask.toString()).out().strip());

        Path construct = Files.writeString(dir.resolve("construct.rq"), """
                PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>
                CONSTRUCT { ?org ikg:worksOn ?r } WHERE { ?org ikg:acronym "AWF" ; ikg:worksOn ?r }
                """);
        CliRun run = run("query", construct.toString());
        assertEquals(KgCli.OK, run.exitCode(), run.err());
        var graph = RDFParser.fromString(run.out(), Lang.TURTLE).toGraph();
        assertEquals(2, graph.size(), run.out());
    }

    @Test
    void refusedAndMissingFilesAreReportedAndTheRestIngested() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Shopping list\n- milk\n");
        Path missing = dir.resolve("missing.txt");
        CliRun run = CliRun.of("ingest", notes.toString(), missing.toString(), "data/sources/004_c290f9cf53e44b5b.txt",
                "--store", dir.resolve("other").toString());

        assertEquals(KgCli.UNAVAILABLE, run.exitCode());
        List<String> lines = run.errLines();
        assertEquals("[1/3] notes.txt: refused: notes.txt is not a kind of document this service reads: no parser recognises it"
                + " (known kinds: cites-iccwc, iucn-report)", lines.get(1));
        assertEquals("[2/3] missing.txt: cannot read: no such file", lines.get(2));
        assertTrue(lines.get(3).startsWith("[3/3] 004_c290f9cf53e44b5b.txt: "), lines.get(3));
        assertTrue(lines.get(4).startsWith("ingested 1 of 3 files into "), lines.get(4));
        assertTrue(lines.get(4).endsWith("; 1 refused, 1 unreadable"), lines.get(4));
    }

    @Test
    void bulkIngestOfADirectoryReportsEveryFileAsTheOneByOneIngestDoes() {
        CliRun bulk = CliRun.of("ingest", "--bulk", "data/sources", "--store", dir.resolve("bulk").toString());

        assertEquals(KgCli.OK, bulk.exitCode(), bulk.err());
        // Same files in the same order (the directory's .txt files by name), same triples and warnings per file.
        assertEquals(ingest.errLines().subList(1, 6), bulk.errLines().subList(1, 6));
        assertEquals(ingest.errLines().get(6).replace(store.toString(), dir.resolve("bulk").toString()), bulk.errLines().get(6));
    }

    @Test
    void bulkIngestReportsRefusedAndMissingFilesInTheirPlace() throws Exception {
        Path notes = Files.writeString(dir.resolve("list.txt"), "Shopping list\n- milk\n");
        CliRun run = CliRun.of("ingest", "--bulk", notes.toString(), dir.resolve("gone.txt").toString(), "data/sources/004_c290f9cf53e44b5b.txt",
                "--store", dir.resolve("bulk-mixed").toString());

        assertEquals(KgCli.UNAVAILABLE, run.exitCode());
        List<String> lines = run.errLines();
        assertTrue(lines.get(1).startsWith("[1/3] list.txt: refused: list.txt is not a kind of document"), lines.get(1));
        assertEquals("[2/3] gone.txt: cannot read: no such file", lines.get(2));
        // 108: the graph of 004 with the start years (2018) of its three events of 17, 19 and 21 November 2018
        assertTrue(lines.get(3).matches("\\[3/3\\] 004_c290f9cf53e44b5b.txt: 108 triples, 0 warnings"), lines.get(3));
        assertTrue(lines.get(4).endsWith(": 108 triples, 0 warnings; 1 refused, 1 unreadable"), lines.get(4));
    }

    @Test
    void aRefusedDocumentAloneExitsWithOne() throws Exception {
        Path notes = Files.writeString(dir.resolve("memo.txt"), "Nothing to see here.\n");
        CliRun run = CliRun.of("ingest", notes.toString(), "--store", dir.resolve("third").toString());
        assertEquals(KgCli.INVALID, run.exitCode(), run.err());
    }

    @Test
    void validateListsTheViolationsOfAStoreWrittenBehindTheGatesBack() {
        Path broken = dir.resolve("broken");
        assertEquals(KgCli.OK, CliRun.of("ingest", "data/sources/004_c290f9cf53e44b5b.txt", "--store", broken.toString()).exitCode());
        try (TdbStore opened = TdbStore.open(broken)) {
            opened.replaceGraph("https://w3id.org/iucn-kg/graph/by-hand", RDFParser.fromString(
                    "<https://w3id.org/iucn-kg/id/org/nameless> a <http://www.w3.org/ns/org#Organization> .", Lang.TURTLE).toGraph());
        }

        CliRun run = CliRun.of("validate", "--store", broken.toString());

        assertEquals(KgCli.INVALID, run.exitCode(), run.out());
        assertTrue(run.out().contains("violation: https://w3id.org/iucn-kg/id/org/nameless rdfs:label: Every resource needs a name"), run.out());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("the store at .* breaks the shapes \\(\\d+ violations?.*\\)"), run.out());
    }
}
