package org.iucnkg.testing;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as it first starts for a user: a new TDB2 store in a temporary directory, into which
 * the first start ingests the shipped data (ontology, concepts, reference data, the five seed documents).
 * All subclasses share this one application; a test that changes the store puts it back. Details embed
 * fewer rows of each part than by default, so that the seeds have parts with more rows than a detail shows.
 */
public abstract class SeededServiceTest extends ServiceTest {
    /** Rows of each part a detail answer or an entity page shows. */
    public static final int PART_SIZE = 10;
    private static final Path STORE = Fixtures.tempStore("kg-seeded-test");

    @DynamicPropertySource
    static void seeded(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "true");
        settings.add("kg.api.part-size", () -> PART_SIZE);
    }
}
