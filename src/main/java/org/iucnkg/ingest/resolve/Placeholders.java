package org.iucnkg.ingest.resolve;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text in an organisation slot that names no organisation: the portal's "none" placeholders in
 * English, French and Spanish, "I do not know", "N/A", and generic phrases such as
 * "Multilateral institutions", "Local communities", "NGOs". Parsers check these before asking the resolver for an organisation.
 */
public final class Placeholders {

    /** Matched against {@link Names#normalise} forms (lower case, no punctuation, no accents). */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final List<Pattern> PLACEHOLDERS = List.of(
            Pattern.compile("no (other )?(iucn )?(members?|commissions?|organi[sz]ations?|partners?|constituents?)\\b.*\\binvolved"),
            Pattern.compile("(pas|aucune?) d ?autres? .*|aucune? (membres?|commissions?|organisations?)\\b.*"),
            Pattern.compile("no hay (otr[oa]s )?.*|ningun[oa]?( .*)?"),
            Pattern.compile("(i )?(do not|dont|don t) know|unknown|je ne sais pas|no (lo )?se|ne sais pas"),
            Pattern.compile("n a|na|none|nil|no|nothing|not applicable|no aplica|sans objet|aucun|aucune|ninguno|ninguna|tbd|tbc"));

    /** Words that describe kinds of organisations; a phrase made only of them names none ("Civil Society", "NGOs"). */
    private static final Set<String> GENERIC = Set.of("multilateral", "bilateral", "institutions", "institution",
            "organisations", "organizations", "organisation", "organization", "ngos", "ngo", "cso", "csos", "government",
            "governments", "partners", "partner", "communities", "community", "local", "national", "international",
            "regional", "universities", "university", "various", "several", "other", "others", "many", "private", "public",
            "sector", "donors", "agencies", "agency", "authorities", "stakeholders", "civil", "society", "relevant",
            "and", "the", "of", "members", "member", "states", "experts", "scientists", "companies", "industry");

    private Placeholders() {}

    /** True for "No other Members are/have been involved", "Pas d'autres Membres ...", "I do not know", "N/A", blank. */
    public static boolean isPlaceholder(String text) {
        if (text == null) return true;
        String normalised = Names.normalise(text);
        return normalised.isEmpty() || PLACEHOLDERS.stream().anyMatch(p -> p.matcher(normalised).matches());
    }

    /**
     * Whether text is written like an organisation's name: not a placeholder, and not a generic phrase
     * of lower-case words after the first ("Multilateral institutions", "Local communities").
     * A known organisation's name passes {@link EntityResolver#isOrganisationName} even when this says no.
     */
    public static boolean looksLikeOrganisationName(String text) {
        if (isPlaceholder(text) || GENERIC.containsAll(List.of(Names.normalise(text).split(" ")))) return false;
        List<String> words = Arrays.stream(text.strip().split("\\s+"))
                .map(w -> LEADING_MARKS.matcher(w).replaceAll(""))
                .filter(w -> !w.isEmpty())
                .toList();
        if (words.isEmpty()) return false;
        if (words.size() == 1) return words.get(0).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return words.subList(1, words.size()).stream()
                .anyMatch(w -> w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)));
    }
}
