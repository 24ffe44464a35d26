package org.iucnkg.ingest.cites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.iucnkg.ingest.cites.IccwcRecords.InfoDocument;
import org.iucnkg.ingest.cites.IccwcRecords.Instrument;

/** The seed document 003 and the test fixtures, read once per test class. */
final class SeedRecords {
    static final Path SEED = Path.of("data/sources/003_77c0dfcbb0738d32.txt");
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/cites");

    private SeedRecords() {}

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InfoDocument seed() { return InfoDocumentReader.read(text(SEED)); }

    static InfoDocument fixture(String name) { return InfoDocumentReader.read(text(FIXTURES.resolve(name))); }

    static Instrument instrument(InfoDocument doc, String reference) {
        return doc.instruments().stream().filter(i -> i.reference().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no instrument " + reference + " in "
                        + doc.instruments().stream().map(Instrument::reference).toList()));
    }
}
