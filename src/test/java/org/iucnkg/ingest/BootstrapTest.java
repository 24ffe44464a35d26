package org.iucnkg.ingest;

import static org.iucnkg.ingest.Probe.iri;
import static org.iucnkg.ingest.Seeds.IRIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iucnkg.store.TdbStore;
import org.iucnkg.validate.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped data, bootstrapped into an empty store, described and valid. */
class BootstrapTest {
    @TempDir static Path dir;
    static TdbStore store;
    static Ingestor ingestor;
    static BootstrapSummary summary;
    static Map<String, IngestResult> bySource;
    static Probe probe;

    @BeforeAll
    static void bootstrap() throws IngestRefusedException {
        store = TdbStore.open(dir);
        ingestor = Ingestor.create(IRIS, store, Seeds.clockAt(Seeds.NOW));
        summary = ingestor.bootstrapIfEmpty();
        bySource = summary.sources().stream().collect(Collectors.toMap(r -> r.source().replaceAll(".*/", ""), Function.identity()));
        probe = new Probe(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void loadsTheBaseGraphsAndEverySeed() {
        assertEquals(List.of(IRIS.ontologyGraph(), IRIS.conceptsGraph(), IRIS.referenceGraph()), summary.baseGraphs());
        assertEquals(Seeds.ALL, summary.sources().stream().map(r -> r.source().replaceAll(".*/", "")).toList());
        assertEquals(8, probe.graphNames().size());
    }

    @Test
    void theShippedGraphConformsToTheShapes() {
        ValidationReport report = ingestor.validateStore();
        assertTrue(report.conforms(), report::toPlainText);
    }

    @Test
    void eachIucnReportGivesOneReportAndTheCitesDocumentNone() {
        for (String id : Seeds.IUCN_REPORTS) {
            IngestResult result = bySource.get(id);
            assertEquals(List.of(IRIS.report(id).getURI()), result.reports(), id);
            assertEquals(IRIS.graph(id), result.graph(), id);
            assertEquals(IRIS.source(id).getURI(), result.source(), id);
        }
        assertEquals("https://w3id.org/iucn-kg/id/report/001_50aa66a37577ce79", bySource.get(Seeds.RES_040).reports().get(0));
        assertEquals(List.of(), bySource.get(Seeds.CITES).reports());
    }

    @Test
    void theTripleCountIsWhatTheGraphHolds() {
        for (String id : Seeds.ALL) {
            assertEquals(probe.graph(IRIS.graph(id)).size(), bySource.get(id).triples(), id);
        }
    }

    @Test
    void eachSourceDocumentDescribesItsFile() throws Exception {
        for (String id : Seeds.ALL) {
            String doc = iri(IRIS.source(id).getURI());
            String graph = iri(IRIS.graph(id));
            String described = "GRAPH " + graph + " { " + doc + " a ikg:SourceDocument, prov:Entity ; rdfs:label \"" + id + ".txt\" ;"
                    + " ikg:fileName \"" + id + ".txt\" ; ikg:sha256 \"" + Seeds.sha256(id) + "\" ;"
                    + " ikg:ingestedAt \"2026-11-21T08:30:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> ;"
                    + " dcterms:format \"text/plain\" ; ikg:namedGraph " + graph + " }";
            assertTrue(probe.ask("ASK { " + described + " }"), id);
            String format = id.equals(Seeds.CITES) ? "cites-iccwc" : "iucn-report";
            assertEquals(List.of(format), probe.values("SELECT ?f { " + doc + " ikg:sourceFormat ?f }"), id);
            assertEquals(bySource.get(id).warnings().size(),
                    probe.values("SELECT ?w { " + doc + " ikg:ingestWarning ?w }").size(), id);
        }
    }

    @Test
    void everyResourceASourceGraphDescribesIsDerivedFromThatSource() {
        for (String id : Seeds.ALL) {
            String doc = iri(IRIS.source(id).getURI());
            String inGraph = "GRAPH " + iri(IRIS.graph(id)) + " { ?s ?p ?o FILTER(isIRI(?s) && ?s != " + doc + ") ";
            List<String> described = probe.values("SELECT DISTINCT ?s { " + inGraph + "} }");
            if (!id.equals(Seeds.CITES)) assertTrue(described.contains(IRIS.report(id).getURI()), id + " describes " + described);
            List<String> underived = probe.values("SELECT DISTINCT ?s { " + inGraph
                    + "FILTER NOT EXISTS { ?s prov:wasDerivedFrom " + doc + " } } }");
            assertEquals(List.of(), underived, id);
        }
    }

    @Test
    void superclassTypesAreMaterialised() {
        String awf = iri(IRIS.organisation("awf").getURI());
        assertTrue(probe.ask("ASK { GRAPH " + iri(IRIS.graph(Seeds.RES_040)) + " { " + awf + " a ikg:IUCNMember, org:Organization } }"));
        assertTrue(probe.ask("ASK { GRAPH " + iri(IRIS.graph(Seeds.RES_040)) + " { "
                + iri(IRIS.report(Seeds.RES_040).getURI()) + " a ikg:ProgressReport, prov:Entity } }"));
        assertFalse(probe.ask("ASK { ?x a ikg:IUCNMember FILTER NOT EXISTS { ?x a org:Organization } }"));
        assertFalse(probe.ask("ASK { ?x a ikg:Commission FILTER NOT EXISTS { ?x a org:Organization } }"));
    }

    @Test
    void awfIsOneResourceWorkingOnBothResolutions() {
        List<String> awf = probe.values("SELECT DISTINCT ?org { ?org ikg:acronym \"AWF\" }");
        assertEquals(List.of(IRIS.organisation("awf").getURI()), awf);
        assertEquals(List.of(IRIS.instrument("WCC-2020-Res-040").getURI(), IRIS.instrument("WCC-2020-Res-054").getURI()),
                probe.values("SELECT DISTINCT ?r { " + iri(awf.get(0)) + " ikg:worksOn ?r } ORDER BY ?r"));
    }

    @Test
    void aSecondBootstrapLeavesTheStoreAlone() throws IngestRefusedException {
        List<String> before = probe.sortedQuads();
        BootstrapSummary again = ingestor.bootstrapIfEmpty();
        assertFalse(again.performed());
        assertEquals(before, probe.sortedQuads());
    }
}
