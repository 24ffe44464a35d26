package org.iucnkg.ingest.text;

import java.util.ArrayList;
import java.util.List;

/** Where a text names organisations, known events and countries (found by the resolver), sorted by position. */
public record Marks(List<Span> organisations, List<Span> events, List<Span> countries) {

    public Marks {
        organisations = sorted(organisations);
        events = sorted(events);
        countries = sorted(countries);
    }

    /** Organisations and events together: the names no other extractor may read into. */
    public List<Span> names() {
        List<Span> all = new ArrayList<>(organisations);
        all.addAll(events);
        return all;
    }

    private static List<Span> sorted(List<Span> spans) {
        return spans.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    }
}
