package org.iucnkg.ingest.text;

import java.util.ArrayList;
import java.util.List;

/** Builds {@link Marks} for a test text from the names a resolver would find in it (every occurrence). */
final class TextMarks {
    private TextMarks() {}

    static Marks of(String text, List<String> organisations, List<String> events, List<String> countries) {
        return new Marks(spans(text, organisations), spans(text, events), spans(text, countries));
    }

    static List<Span> spans(String text, List<String> names) {
        List<Span> spans = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                Span s = new Span(at, at + name.length());
                if (spans.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) spans.add(s);
            }
        }
        return spans;
    }
}
