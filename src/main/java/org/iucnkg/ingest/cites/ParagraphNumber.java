package org.iucnkg.ingest.cites;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The number a quoted paragraph starts with, as written: "9.", "XIV.", "12)", "Urgent Measure 6:". */
final class ParagraphNumber {
    private static final List<Pattern> LABELS = List.of(
            Pattern.compile("^(\\d{1,3})[.)]\\s+(.*)$", Pattern.DOTALL),
            Pattern.compile("^([IVXLC]{1,6})\\.\\s+(.*)$", Pattern.DOTALL),
            Pattern.compile("^((?:\\p{Lu}\\p{Ll}+ ){1,3}\\d{1,3})\\s*:\\s+(.*)$", Pattern.DOTALL));
    private static final Pattern SUB_ITEM = Pattern.compile("^\\(?[a-z]{1,4}\\)\\s");

    private ParagraphNumber() {}

    /** A paragraph's number (null when unnumbered) and its text after the number. */
    record Numbered(String number, String text) {}

    static Numbered split(String plainText) {
        for (Pattern label : LABELS) {
            Matcher m = label.matcher(plainText);
            if (m.matches()) return new Numbered(m.group(1), m.group(2).strip());
        }
        return new Numbered(null, plainText);
    }

    static boolean isNumbered(String plainText) {
        return split(plainText).number() != null;
    }

    /** Whether a block continues the paragraph before it: it starts in lower case or with a sub-item "(c)". */
    static boolean continuesPrevious(String previous, String next) {
        return previous.endsWith(":") || (!next.isEmpty() && Character.isLowerCase(next.charAt(0)))
                || SUB_ITEM.matcher(next).find();
    }
}
