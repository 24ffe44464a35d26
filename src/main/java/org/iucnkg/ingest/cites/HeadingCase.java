package org.iucnkg.ingest.cites;

import java.util.Locale;
import java.util.Set;

/** Turns an all-capitals heading into title case; words in parentheses (acronyms) stay as written. */
final class HeadingCase {
    private static final Set<String> MINOR = Set.of(
            "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with");

    private HeadingCase() {}

    static String title(String heading) {
        String[] words = heading.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) out.append(' ');
            if (w.startsWith("(")) {
                out.append(w);
            } else if (i > 0 && MINOR.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(w.toLowerCase(Locale.ROOT));
            } else {
                out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** Whether the text has letters and none of them is lower case. */
    static boolean isAllCaps(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isLowerCase);
    }
}
