package org.iucnkg.ingest.iucn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.iucnkg.ingest.MalformedSourceException;
import org.iucnkg.ingest.SourceText;

/** The seed reports (data/sources) and the test fixtures (fixtures/iucn) as source texts. */
final class Texts {
    private Texts() {}

    /** Seed {@code number}, e.g. "001" for data/sources/001_50aa66a37577ce79.txt. */
    static SourceText seed(String number) {
        try (Stream<Path> files = Files.list(Path.of("data/sources"))) {
            return SourceText.of(files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceText fixture(String name) {
        try (InputStream in = Texts.class.getResourceAsStream("/fixtures/iucn/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return SourceText.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedReport read(SourceText source) {
        try {
            return ReportReader.read(source.fileName(), source.text());
        } catch (MalformedSourceException e) {
            throw new AssertionError(e);
        }
    }
}
