package org.iucnkg.ingest.resolve;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.iucnkg.ingest.Bundled;

/** The curated tables of {@code data/reference/} (see its README.md), read as rows. */
record ReferenceTables(List<Country> countries, List<Organisation> organisations, List<Event> events, List<NonName> nonNames) {

    record Country(String alpha2, String alpha3, String label, List<String> altLabels) {}

    enum Kind { ORGANISATION, UNIT, COMMISSION }

    record Organisation(String key, String label, List<String> acronyms, List<String> altLabels, List<String> alsoMatches,
                        String country, Kind kind, List<String> unitOf, List<String> hasMember, List<String> closeMatch) {}

    record Event(String key, String label, List<String> altLabels, boolean congress, String place, String country,
                 String startDate, String endDate, String superEvent) {}

    /** A phrase that looks like a name but is none (a treaty, a region); {@code scanner} is organisation or country. */
    record NonName(String scanner, String phrase) {}

    static final String COUNTRIES = "countries.csv";
    static final String ORGANISATIONS = "organisations.csv";
    static final String EVENTS = "events.csv";
    static final String NON_NAMES = "non-names.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    static ReferenceTables read(List<Bundled.File> files) {
        return new ReferenceTables(
                rows(files, COUNTRIES, r -> new Country(r.get("alpha2"), r.get("alpha3"), r.get("label"), list(r, "altLabels"))),
                rows(files, ORGANISATIONS, ReferenceTables::organisation),
                rows(files, EVENTS, r -> new Event(r.get("key"), r.get("label"), list(r, "altLabels"),
                        kindOfEvent(r), r.get("place"), blank(r.get("country")), blank(r.get("startDate")),
                        blank(r.get("endDate")), blank(r.get("superEvent")))),
                rows(files, NON_NAMES, r -> new NonName(r.get("scanner"), r.get("phrase"))));
    }

    private static Organisation organisation(CSVRecord r) {
        String type = r.get("type");
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.name().equalsIgnoreCase(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("type '" + type + "' is not one of organisation, unit, commission"));
        return new Organisation(r.get("key"), r.get("label"), list(r, "acronyms"), list(r, "altLabels"), list(r, "alsoMatches"),
                blank(r.get("country")), kind, list(r, "unitOf"), list(r, "hasMember"), list(r, "closeMatch"));
    }

    private static boolean kindOfEvent(CSVRecord r) {
        String type = r.get("type").toLowerCase(Locale.ROOT);
        if (!type.equals("event") && !type.equals("congress")) {
            throw new IllegalArgumentException("type '" + type + "' is not one of event, congress");
        }
        return type.equals("congress");
    }

    private static <T> List<T> rows(List<Bundled.File> files, String name, Function<CSVRecord, T> row) {
        Bundled.File file = files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("reference data is missing " + name + " (expected in data/reference/)"));
        List<T> rows = new ArrayList<>();
        try (Reader in = new InputStreamReader(file.open(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : FORMAT.parse(in)) {
                try {
                    rows.add(row.apply(r));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(name + " line " + r.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + name, e);
        }
        return rows;
    }

    /** A multi-valued cell: values separated by " | ". */
    private static List<String> list(CSVRecord r, String column) {
        return Arrays.stream(r.get(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blank(String value) { return value == null || value.isBlank() ? null : value.strip(); }
}
