package org.iucnkg.ingest;

import static org.iucnkg.ingest.Seeds.IRIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.iucnkg.store.TdbStore;
import org.iucnkg.validate.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused document leaves the store exactly as it was, and says why in words. */
class RefusedIngestTest {
    @TempDir static Path dir;
    static TdbStore store;
    static Ingestor ingestor;
    static Probe probe;

    List<String> quadsBefore;
    long versionBefore;

    @BeforeAll
    static void fill() throws IngestRefusedException {
        store = TdbStore.open(dir);
        ingestor = Ingestor.create(IRIS, store, Seeds.clockAt(Seeds.NOW));
        ingestor.ensureBaseGraphs();
        ingestor.ingest(Seeds.source(Seeds.RES_025));
        ingestor.ingest(Seeds.source(Seeds.RES_040));
        probe = new Probe(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void snapshot() {
        quadsBefore = probe.sortedQuads();
        versionBefore = store.version();
    }

    private void assertStoreUnchanged() {
        assertEquals(quadsBefore, probe.sortedQuads());
        assertEquals(versionBefore, store.version());
    }

    @Test
    void aReportBreakingTheShapesIsRefusedWithTheFocusNodeAndTheRule() {
        // The parser reads the title faithfully; the shapes allow three digits only.
        SourceText fourDigits = Seeds.edited(Seeds.RES_025, "WCC 2016 Res 025 - Progress Report", "WCC 2016 Res 1234 - Progress Report");

        var refused = assertThrows(IngestRefusedException.class, () -> ingestor.ingest(fourDigits));

        String focus = "https://w3id.org/iucn-kg/id/instrument/wcc-2016-res-1234";
        assertTrue(refused.getMessage().startsWith("000_e0493410fdb9a2bc.txt breaks the shapes (1 violation): " + focus + " "), refused.getMessage());
        assertTrue(refused.getMessage().contains(focus), refused.getMessage());
        Violation pattern = refused.report().orElseThrow().violations().stream()
                .filter(v -> focus.equals(v.focusNode()) && "WCC-2016-Res-1234".equals(v.value()))
                .findFirst().orElseThrow(() -> new AssertionError(refused.violations()));
        assertTrue(pattern.path().endsWith("identifier"), pattern.path());
        assertTrue(pattern.message().contains("three digits"), pattern.message());
        assertTrue(refused.violations().contains(pattern.toPlainText()));
        assertStoreUnchanged();
    }

    @Test
    void aTextNoParserKnowsIsRefused() {
        SourceText notes = SourceText.of("shopping.txt", "Shopping list\n- milk\n- bread\n");

        var refused = assertThrows(IngestRefusedException.class, () -> ingestor.ingest(notes));

        assertEquals("shopping.txt is not a kind of document this service reads: no parser recognises it"
                + " (known kinds: cites-iccwc, iucn-report)", refused.getMessage());
        assertFalse(refused.report().isPresent());
        assertStoreUnchanged();
    }

    @Test
    void aSourceMayNotTakeTheNameOfABaseGraph() {
        SourceText named = SourceText.of("reference.txt", Seeds.text(Seeds.RES_054));

        var refused = assertThrows(IngestRefusedException.class, () -> ingestor.ingest(named));

        assertTrue(refused.getMessage().startsWith("reference.txt would replace the reference graph"), refused.getMessage());
        assertStoreUnchanged();
    }
}
