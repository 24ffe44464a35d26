package org.iucnkg.ingest.text;

import java.text.Normalizer;
import java.util.Locale;

/** Normal forms of portal text for matching headings and labels, whatever the accents, case or spacing. */
public final class Norm {
    private Norm() {}

    /** Lower case, no diacritics, typographic apostrophes as {@code '}, runs of white space as one space. */
    public static String loose(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        return ascii.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')
                .replaceAll("\\s+", " ").strip();
    }

    /** Letters and digits only: "Capacity building" and "Capacity-building" are the same key. */
    public static String compact(String text) {
        return loose(text).replaceAll("[^a-z0-9]", "");
    }
}
