package org.iucnkg.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** References to operative paragraphs of the resolution, written in brackets: {@code [OP2; OP4.b]}. */
public final class OperativeParagraphs {

    private static final Pattern BRACKET = Pattern.compile("\\[\\s*(OP[^\\]]*)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("OP\\s*(\\d+(?:\\s*\\.\\s*[a-z0-9]+)*)", Pattern.CASE_INSENSITIVE);

    private OperativeParagraphs() {}

    /** The references in document order, normalised to {@code OP4.b}, without repeats. */
    public static List<String> findAll(String text) {
        List<String> refs = new ArrayList<>();
        for (Span bracket : brackets(text)) {
            Matcher m = REFERENCE.matcher(bracket.of(text));
            while (m.find()) {
                String ref = "OP" + m.group(1).replaceAll("\\s+", "");
                if (!refs.contains(ref)) refs.add(ref);
            }
        }
        return refs;
    }

    /** Where the bracketed references are, so other extractors can skip them. */
    public static List<Span> brackets(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = BRACKET.matcher(text);
        while (m.find()) spans.add(new Span(m.start(), m.end()));
        return spans;
    }
}
