package org.iucnkg.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.iucnkg.model.IKG;
import org.iucnkg.store.KgStore;
import org.springframework.stereotype.Component;

/** What the graph holds, for the home page: resources per class and the last ingest; recomputed after writes only. */
@Component
class GraphSummary {
    /** A class as people call it, how many resources it has, and the page listing them (null if none). */
    public record ClassCount(String label, long count, String href) {}

    /** The counts in the order shown, and when a source was last ingested (null for an empty store). */
    public record Summary(List<ClassCount> counts, String lastUpdate) {}

    /** A class shown on the home page, in this order. */
    private record Shown(String classIri, String label, String href) {}

    private static final List<Shown> SHOWN = List.of(
            new Shown(IKG.Resolution.getURI(), "Resolutions", "/resolutions"),
            new Shown(IKG.Declaration.getURI(), "Declarations", null),
            new Shown(IKG.ProgressReport.getURI(), "Progress reports", null),
            new Shown("http://www.w3.org/ns/org#Organization", "Organisations", "/organisations"),
            new Shown(IKG.Activity.getURI(), "Activities", null),
            new Shown(IKG.Event.getURI(), "Events", "/events"),
            new Shown(IKG.Country.getURI(), "Countries", null),
            new Shown(IKG.ToolkitImplementation.getURI(), "Toolkit implementations", "/toolkit"),
            new Shown(IKG.SourceDocument.getURI(), "Source documents", null));
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private final GraphReads reads;
    private final VersionedCache<Summary> cache;

    GraphSummary(GraphReads reads, KgStore store) {
        this.reads = reads;
        this.cache = new VersionedCache<>(store, this::compute);
    }

    Summary summary() {
        return cache.get();
    }

    private Summary compute() {
        Map<String, Long> counts = new HashMap<>();
        reads.select("class-counts").forEach(row -> counts.put(row.text("class"), (long) row.integer("count")));
        List<ClassCount> shown = SHOWN.stream()
                .map(c -> new ClassCount(c.label(), counts.getOrDefault(c.classIri(), 0L), c.href()))
                .toList();
        String last = reads.select("last-update").stream().map(row -> row.text("last")).filter(Objects::nonNull).findFirst().orElse(null);
        return new Summary(shown, readable(last));
    }

    private static String readable(String dateTime) {
        if (dateTime == null) return null;
        try {
            return OffsetDateTime.parse(dateTime).withOffsetSameInstant(ZoneOffset.UTC).format(SHOWN_TIME);
        } catch (DateTimeParseException e) {
            return dateTime;
        }
    }
}
