package org.iucnkg.ingest.resolve;

import java.util.List;
import java.util.Set;

import org.iucnkg.ingest.resolve.Names.Token;

/**
 * An organisation's name that begins the title of a work — a list, law, policy, appendix, resolution
 * or guidelines: "IUCN Red List", "EU Digital Services Act", "CITES Appendix II", "EU Wildlife Trade
 * regulations", "IUCN World Conservation Congress Resolution 2016-087". There it names the work, not the
 * organisation taking part in what the text tells, so the text scan does not report it. A possessive
 * still names the organisation ("IUCN WCPA's Best Practice Guidelines Series").
 */
final class WorkTitles {

    /** Nouns that end the title of a work an organisation publishes or adopts (folded, as {@link Names} folds). */
    private static final Set<String> WORKS = Set.of("act", "acts", "directive", "directives", "regulation", "regulations",
            "rule", "rules", "strategy", "strategies", "policy", "policies", "code", "codes", "appendix", "appendices",
            "list", "lists", "resolution", "resolutions", "decision", "decisions", "guideline", "guidelines");
    /** How far the title's noun may be from the name: capitalised words, then at most two lower-case ones. */
    private static final int WINDOW = 120;
    private static final int LOWER_CASE_WORDS = 2;

    private WorkTitles() {}

    /** Whether the name at {@code [start, end)} of {@code text} begins the title of a work. */
    static boolean begins(String text, int start, int end) {
        String name = text.substring(start, end);
        if (name.endsWith("'s") || name.endsWith("’s")) return false;
        List<Token> after = Names.tokens(text.substring(end, Math.min(text.length(), end + WINDOW)));
        int words = 0;
        int lowerCase = 0;
        for (Token t : after) {
            if (!t.word()) return false;
            boolean capitalised = !Character.isLowerCase(t.text().charAt(0));
            if (capitalised && lowerCase > 0) return false;
            if (!capitalised && ++lowerCase > LOWER_CASE_WORDS) return false;
            // right after the name a lower-case "lists", "rules" or "acts" may be its verb ("IUCN lists ...")
            if (WORKS.contains(t.folded()) && (capitalised || words > 0)) return true;
            words++;
        }
        return false;
    }
}
