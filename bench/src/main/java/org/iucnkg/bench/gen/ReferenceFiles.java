package org.iucnkg.bench.gen;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.iucnkg.ingest.Bundled;

/**
 * The reference data that goes with the generated reports: the bundled tables, with organisations.csv
 * extended by every generated organisation the reference data should know. Written under
 * {@code kg/data/reference/} so the directory above can be put first on the class path, where the
 * application looks for its reference tables.
 */
final class ReferenceFiles {
    static final Path LOCATION = Path.of("kg", "data", "reference");

    private ReferenceFiles() {}

    static void write(Path root, BundledOrgs bundled, List<Org> generated) throws IOException {
        Path dir = Files.createDirectories(root.resolve(LOCATION));
        for (Bundled.File file : Bundled.reference()) {
            if (!file.name().equals(BundledOrgs.FILE)) Files.write(dir.resolve(file.name()), file.bytes());
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(BundledOrgs.FILE), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord((Object[]) bundled.header().split(","));
            for (CSVRecord row : bundled.rows()) csv.printRecord(row.values());
            for (Org org : generated) {
                if (!org.inReference() || org.country() == null) continue;
                List<String> row = new ArrayList<>(List.of(org.key(), org.name(), org.acronym() == null ? "" : org.acronym(),
                        "", "", org.country().code(), "organisation", "", "", ""));
                csv.printRecord(row);
            }
        }
    }
}
