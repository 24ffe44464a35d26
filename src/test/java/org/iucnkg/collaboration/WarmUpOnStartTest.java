package org.iucnkg.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalLong;

import org.apache.jena.sparql.core.DatasetGraph;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A service read from TDB2 (no in-memory copy) reads who works on what when it is ready, before any request asks. */
class WarmUpOnStartTest extends ServiceTest {
    private static final Path STORE = Fixtures.tempStore("kg-warm-up-test");

    @DynamicPropertySource
    static void readFromTdb2(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "true");
        settings.add("kg.store.read-mirror", () -> "false");
    }

    @Test
    void theSnapshotIsKeptWithoutARequest() throws InterruptedException {
        DatasetGraph data = store.local().orElseThrow();
        OptionalLong kept = Snapshots.keptVersion(data);
        for (int i = 0; i < 600 && kept.isEmpty(); i++) { // the warm-up thread reads the seeds in well under a second
            Thread.sleep(100);
            kept = Snapshots.keptVersion(data);
        }
        assertThat(kept).isPresent();
    }
}
