package org.iucnkg.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a list of organisation names ("Forestry Department of Peninsular Malaysia, Belgian Customs,
 * INTERPOL, TRAFFIC and World Bank") once the names already known are masked, so commas and "and"
 * inside known names do not split them. What is not a list of proper names ("Multilateral
 * institutions", "We worked with several local NGOs") is handed back as text, never as names.
 */
public final class NameLists {

    /** The new names found, and the text that is not a name (to be kept as unplaced text). */
    public record Listed(List<String> names, List<String> notNames) {}

    private static final char MASK = '\u0000';
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,;\\n]+\\s*(?:and\\s+|et\\s+|y\\s+)?|\\s+(?:and|et|y)\\s+)\\s*");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|le|la|les|l'|el|los|las)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LOWER_CASE_WORDS = Set.of("of", "for", "and", "the", "on", "in", "to", "at", "&",
            "de", "du", "des", "la", "le", "les", "et", "pour", "y", "del", "los", "las", "para", "en",
            "für", "und", "van", "von", "der", "da", "do", "dos", "e");
    private static final int MAX_WORDS = 12;

    private NameLists() {}

    public static Listed split(String text, List<Span> known) {
        String masked = Span.mask(text, known, MASK);
        List<String> names = new ArrayList<>();
        List<String> notNames = new ArrayList<>();
        for (String raw : SEPARATOR.split(masked)) {
            String item = LEADING_ARTICLE.matcher(raw.strip().replaceFirst("[.;:]+$", "")).replaceFirst("");
            if (item.isEmpty()) continue;
            if (item.indexOf(MASK) >= 0) {
                if (!isQualifierOnly(item)) notNames.add(unmask(raw.strip(), text, masked));
            } else if (isProperName(item)) {
                names.add(item);
            } else {
                return new Listed(List.of(), List.of(text.strip()));
            }
        }
        return new Listed(names, notNames);
    }

    /** Every word capitalised (or a number, or a short joining word), at most a dozen words. */
    public static boolean isProperName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || words.length > MAX_WORDS || !startsUpper(words[0])) return false;
        for (String word : words) {
            String w = word.replaceAll("^[(\"“'‘]+|[)\"”'’.,]+$", "").replaceFirst("^(?i)[ld]['’](?=\\p{L})", "");
            if (w.isEmpty() || LOWER_CASE_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (!startsUpper(w)) return false;
        }
        return true;
    }

    private static boolean startsUpper(String word) {
        int first = word.replaceAll("^[(\"“'‘]+", "").codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    /** Around a known name, only a country code or punctuation ("UK DEFRA", "DEFRA's"). */
    private static boolean isQualifierOnly(String item) {
        String rest = item.replace(String.valueOf(MASK), " ").replaceAll("'s\\b|[()\\[\\].,]", " ").strip();
        return rest.isEmpty() || rest.matches("(?:[A-Z]{2,3}\\s*)+");
    }

    private static String unmask(String rawItem, String text, String masked) {
        int at = masked.indexOf(rawItem);
        return at >= 0 ? text.substring(at, at + rawItem.length()) : rawItem;
    }
}
