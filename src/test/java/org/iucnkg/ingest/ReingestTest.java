package org.iucnkg.ingest;

import static org.iucnkg.ingest.Probe.iri;
import static org.iucnkg.ingest.Seeds.IRIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.iucnkg.model.IKG;
import org.iucnkg.store.TdbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting a document again replaces its graph: same IRIs for the same text, new facts for a new text. */
class ReingestTest {
    private static final String GRAPH_040 = IRIS.graph(Seeds.RES_040);

    @TempDir Path dir;
    TdbStore store;
    Probe probe;

    @BeforeEach
    void open() {
        store = TdbStore.open(dir);
        probe = new Probe(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Ingestor ingestorAt(String instant) {
        return Ingestor.create(IRIS, store, Seeds.clockAt(Instant.parse(instant)));
    }

    /** The graph without its one {@code ikg:ingestedAt} triple, the only thing a re-ingest may change. */
    private Graph withoutIngestTime(String graph) {
        Graph g = probe.graph(graph);
        g.remove(Node.ANY, IKG.ingestedAt.asNode(), Node.ANY);
        return g;
    }

    @Test
    void reingestingTheSameDocumentGivesTheSameGraph() throws IngestRefusedException {
        IngestResult first = ingestorAt("2026-01-01T00:00:00Z").ingest(Seeds.source(Seeds.RES_040));
        Graph before = withoutIngestTime(GRAPH_040);
        IngestResult second = ingestorAt("2026-06-30T12:00:00Z").ingest(Seeds.source(Seeds.RES_040));

        assertEquals(first, second);
        assertTrue(before.isIsomorphicWith(withoutIngestTime(GRAPH_040)));
        assertEquals(List.of("2026-06-30T12:00:00Z"),
                probe.values("SELECT ?t { " + iri(IRIS.source(Seeds.RES_040).getURI()) + " ikg:ingestedAt ?t }"));
        assertEquals(List.of(GRAPH_040), probe.graphNames());
    }

    @Test
    void reingestingAChangedDocumentReplacesItsGraph() throws IngestRefusedException {
        Ingestor ingestor = ingestorAt("2026-01-01T00:00:00Z");
        ingestor.ingest(Seeds.source(Seeds.RES_040));
        String ccf = iri(IRIS.organisation("ccf").getURI());
        String report = iri(IRIS.report(Seeds.RES_040).getURI());
        assertTrue(probe.ask("ASK { " + report + " ikg:implementingMember " + ccf + " }"));

        SourceText withoutCcf = Seeds.edited(Seeds.RES_040, "Cheetah Conservation Fund ( CCF ) / Namibia\n", "");
        ingestor.ingest(withoutCcf);

        assertFalse(probe.ask("ASK { " + report + " ikg:implementingMember " + ccf + " }"));
        assertFalse(probe.ask("ASK { " + ccf + " ?p ?o }"), "nothing is left of CCF, which only that line named");
        assertEquals(List.of(withoutCcf.sha256()),
                probe.values("SELECT ?h { " + iri(IRIS.source(Seeds.RES_040).getURI()) + " ikg:sha256 ?h }"));
        assertEquals(13L, count("SELECT ?m { " + report + " ikg:implementingMember ?m }"));
    }

    @Test
    void removeDropsOnlyThatSourcesGraph() throws IngestRefusedException {
        Ingestor ingestor = ingestorAt("2026-01-01T00:00:00Z");
        ingestor.ingest(Seeds.source(Seeds.RES_040));
        ingestor.ingest(Seeds.source(Seeds.RES_054));

        assertTrue(ingestor.remove(Seeds.RES_040));
        assertFalse(ingestor.remove(Seeds.RES_040));
        assertEquals(List.of(IRIS.graph(Seeds.RES_054)), probe.graphNames());
        assertThrows(IllegalArgumentException.class, () -> ingestor.remove("reference"));
    }

    @Test
    void baseGraphsAreLoadedOnceAndOnlyWhereMissing() throws IngestRefusedException {
        Ingestor ingestor = ingestorAt("2026-01-01T00:00:00Z");
        assertEquals(List.of(IRIS.ontologyGraph(), IRIS.conceptsGraph(), IRIS.referenceGraph()), ingestor.ensureBaseGraphs());
        assertEquals(List.of(), ingestor.ensureBaseGraphs());
        store.dropGraph(IRIS.conceptsGraph());
        assertEquals(List.of(IRIS.conceptsGraph()), ingestor.ensureBaseGraphs());
        assertTrue(probe.ask("ASK { GRAPH " + iri(IRIS.conceptsGraph()) + " { "
                + iri(IRIS.concept("action-categories", "capacity-building").getURI()) + " a ?type } }"));
    }

    private long count(String select) {
        return probe.values(select).size();
    }
}
