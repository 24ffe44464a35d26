package org.iucnkg.ingest.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lines of the seed reports in data/sources, without the bullet, for extractor tests. */
final class Seeds {
    private Seeds() {}

    /** The first line of seed {@code number} ("000") that contains {@code fragment}, bullet removed. */
    static String line(String number, String fragment) {
        try (Stream<Path> files = Files.list(Path.of("data/sources"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.contains(fragment)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line with '" + fragment + "' in seed " + number))
                    .replace('\u00A0', ' ').replaceFirst("^- ", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
