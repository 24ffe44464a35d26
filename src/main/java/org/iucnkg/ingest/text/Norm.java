package org.iucnkg.ingest.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of portal text for matching headings and labels, whatever the accents, case or spacing. */
public final class Norm {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private Norm() {}

    /** Lower case, no diacritics, typographic apostrophes as {@code '}, runs of white space as one space. */
    public static String loose(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        return SPACES.matcher(ascii.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')).replaceAll(" ").strip();
    }

    /** Letters and digits only: "Capacity building" and "Capacity-building" are the same key. */
    public static String compact(String text) {
        return NOT_ALPHANUMERIC.matcher(loose(text)).replaceAll("");
    }
}
