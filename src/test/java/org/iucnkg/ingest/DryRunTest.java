package org.iucnkg.ingest;

import static org.iucnkg.ingest.Seeds.IRIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.Quad;
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
}
