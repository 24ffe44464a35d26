package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iucnkg.ingest.text.Dates;

/** Splits what lines like "Urgent Measures ..., Gaborone, Botswana, December 2013" end with. */
final class Trailing {
    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s,;:.]+$");
    private static final Pattern PLACE_IN_PARENTHESES = Pattern.compile("^(\\p{Lu}[^()]*?)\\s*\\((\\p{Lu}[^()]*)\\)$");
    private static final Pattern PLACE_WORD = Pattern.compile("\\p{Lu}[\\p{L}'-]*|of|and|the|de|du|d'Ivoire");

    private Trailing() {}

    /** Text with a date at its very end (trailing punctuation aside), split into what precedes it and the date. */
    record Dated(String head, Dates.Found date) {}

    /** A label followed by place parts, in text order. */
    record Located(String head, List<String> where) {}

    /** The date the text ends with, if any; {@code date} is null when it ends otherwise. */
    static Dated splitDate(String text) {
        String s = END_PUNCTUATION.matcher(text).replaceAll("");
        List<Dates.Found> found = Dates.findAll(s, null, false);
        if (!found.isEmpty()) {
            Dates.Found last = found.get(found.size() - 1);
            if (last.end() == s.length()) {
                return new Dated(END_PUNCTUATION.matcher(s.substring(0, last.start())).replaceAll(""), last);
            }
        }
        return new Dated(s, null);
    }

    /** "Regional Summit ..., Tanzania" → label and ["Tanzania"]; "Geneva (Switzerland)" → "Geneva" and ["Switzerland"]. */
    static Located splitPlaces(String text) {
        List<String> parts = new ArrayList<>(Arrays.asList(text.split(",\\s*")));
        List<String> where = new ArrayList<>();
        while (parts.size() > 1 && isPlace(parts.get(parts.size() - 1))) {
            where.add(0, parts.remove(parts.size() - 1).strip());
        }
        return new Located(String.join(", ", parts).strip(), where);
    }

    /** "Geneva (Switzerland)" → ["Geneva", "Switzerland"]; anything else → one part, or none if blank. */
    static List<String> placeWithCountry(String text) {
        Matcher m = PLACE_IN_PARENTHESES.matcher(text.strip());
        if (m.matches()) return List.of(m.group(1).strip(), m.group(2).strip());
        return text.isBlank() ? List.of() : List.of(text.strip());
    }

    /** A place name: one to five words, each capitalised or a joining word, starting with a capital. */
    private static boolean isPlace(String part) {
        String[] words = part.strip().split("\\s+");
        if (words.length > 5 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) return false;
        return Arrays.stream(words).allMatch(w -> PLACE_WORD.matcher(w).matches());
    }
}
