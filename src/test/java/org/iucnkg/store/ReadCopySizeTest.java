package org.iucnkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.iucnkg.model.Iris;
import org.iucnkg.search.SearchProperties;
import org.iucnkg.store.StoreProperties.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory read copy is made only for stores up to kg.store.read-mirror-max-quads quads. */
class ReadCopySizeTest {
    private static final Graph THREE_QUADS = RDFParser.fromString("""
            @prefix : <https://example.org/> .
            :awf :worksOn :res040 , :res054 ; :country :KE .""", Lang.TURTLE).toGraph();

    @TempDir Path dir;

    @Test
    void countsQuadsUpToTheLimitOnly() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph("https://w3id.org/iucn-kg/graph/one", THREE_QUADS);
            assertThat(store.holdsMoreThan(2)).isTrue();
            assertThat(store.holdsMoreThan(3)).isFalse();
        }
    }

    @Test
    void aStoreOverTheLimitIsReadFromTdb2AndOneWithinItFromMemory() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph("https://w3id.org/iucn-kg/graph/one", THREE_QUADS);
        }
        try (LocalStore overLimit = StoreConfig.embedded(settings(2), new SearchProperties(false, null), Iris.standard())) {
            assertThat(overLimit).isInstanceOf(TdbStore.class);
        }
        try (LocalStore withinLimit = StoreConfig.embedded(settings(3), new SearchProperties(false, null), Iris.standard())) {
            assertThat(withinLimit).isInstanceOf(MirroredStore.class);
            assertThat(withinLimit.local().orElseThrow().getDefaultGraph().size()).isEqualTo(3);
        }
    }

    private StoreProperties settings(long maxQuads) {
        return new StoreProperties(Mode.EMBEDDED, dir, null, null, null, null, null, false, true, maxQuads);
    }
}
