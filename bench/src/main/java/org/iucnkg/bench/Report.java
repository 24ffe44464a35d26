package org.iucnkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Puts the generated part into docs/benchmarks.md, between its markers, leaving the written part as it is. */
final class Report {
    private Report() {}

    static void replaceGenerated(Path file, String generated) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "";
        int begin = text.indexOf(ReportWriter.BEGIN);
        int end = text.indexOf(ReportWriter.END);
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + generated.strip() + text.substring(end + ReportWriter.END.length())
                : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + generated;
        Files.writeString(file, updated);
    }
}
