package org.iucnkg.ingest.text;

import java.util.Collection;

/** A range of characters in a text, {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public boolean contains(int index) { return start <= index && index < end; }

    public String of(String text) { return text.substring(start, end); }

    /** The text with every span replaced by {@code fill} characters, so offsets stay valid. */
    public static String mask(String text, Collection<Span> spans, char fill) {
        char[] chars = text.toCharArray();
        for (Span s : spans) {
            for (int i = s.start; i < s.end && i < chars.length; i++) chars[i] = fill;
        }
        return new String(chars);
    }
}
