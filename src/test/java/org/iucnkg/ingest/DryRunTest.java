package org.iucnkg.ingest;

import static org.iucnkg.ingest.Seeds.IRIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import java.util.stream.Stream;

import org.apache.jena.sparql.core.Quad;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parse} is {@code ingest} without the write. */
class DryRunTest {
    @TempDir Path dir;

    @Test
    void parseGivesTheGraphAnIngestWouldStoreAndWritesNothing() throws IngestRefusedException {
        try (TdbStore store = TdbStore.open(dir)) {
            Ingestor ingestor = Ingestor.create(IRIS, store, Seeds.clockAt(Seeds.NOW));

            ParseOutcome dryRun = ingestor.parse(Seeds.source(Seeds.RES_054));
            assertEquals(List.of(), new Probe(store).sortedQuads());

            List<String> graphs = dryRun.dataset().asDatasetGraph().stream().map(Quad::getGraph).distinct().map(n -> n.getURI()).toList();
            assertEquals(List.of(IRIS.graph(Seeds.RES_054)), graphs);
            assertTrue(dryRun.dataset().getDefaultModel().isEmpty());

            IngestResult stored = ingestor.ingest(Seeds.source(Seeds.RES_054));
            assertEquals(stored, dryRun.summary());
            assertTrue(dryRun.model().getGraph().isIsomorphicWith(new Probe(store).graph(IRIS.graph(Seeds.RES_054))));
        }
    }

    @Test
    void anotherBaseMintsEveryResourceUnderItAndStillValidates() throws IngestRefusedException {
        var elsewhere = new Iris("http://example.org/kg/");
        try (TdbStore store = TdbStore.open(dir)) {
            ParseOutcome outcome = Ingestor.create(elsewhere, store, Seeds.clockAt(Seeds.NOW)).parse(Seeds.source(Seeds.RES_040));

            assertEquals("http://example.org/kg/graph/001_50aa66a37577ce79", outcome.graph());
            assertEquals(List.of("http://example.org/kg/id/report/001_50aa66a37577ce79"), outcome.summary().reports());
            List<String> defaultBase = outcome.dataset().asDatasetGraph().stream()
                    .flatMap(q -> Stream.of(q.getSubject(), q.getObject()))
                    .filter(n -> n.isURI() && n.getURI().startsWith("https://w3id.org/iucn-kg/id/")).map(n -> n.getURI()).distinct().toList();
            assertEquals(List.of(), defaultBase);
            assertTrue(outcome.model().contains(outcome.model().createResource("http://example.org/kg/id/activity/001_50aa66a37577ce79-1"),
                    IKG.actionCategory, outcome.model().createResource("http://example.org/kg/id/concept/action-categories/capacity-building")));
        }
    }
}
