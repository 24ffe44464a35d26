package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iucnkg.ingest.cites.IccwcRecords.NetworkFigure;

/**
 * Reads the global-network sentence clause by clause: "CITES has Management Authorities in 181
 * countries", "UNODC operates in more than 150 countries through its network of field offices",
 * "the WCO has 180 members".
 */
final class NetworkFigures {
    private static final String ORG = "(?:the\\s+)?(?<org>\\p{Lu}[\\w&.-]*(?:\\s+\\p{Lu}[\\w&.-]*)*)";
    private static final String COUNT = "(?:(?<qual>more than|over|at least|almost|nearly|about)\\s+)?(?<n>\\d[\\d,]*)";
    private static final List<Pattern> CLAUSES = List.of(
            Pattern.compile("^" + ORG + "\\s+has\\s+(?<presence>.+?)\\s+in\\s+" + COUNT + "\\s+(?<unit>countries|territories)$"),
            Pattern.compile("^" + ORG + "\\s+operates\\s+in\\s+" + COUNT + "\\s+(?<unit>countries|territories)"
                    + "\\s+through\\s+its\\s+(?:network\\s+of\\s+)?(?<presence>.+)$"),
            Pattern.compile("^" + ORG + "\\s+has\\s+" + COUNT + "\\s+(?<unit>(?<presence>members|member states|parties))$"));
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+|\\s+and\\s+(?=(?:the\\s+)?\\p{Lu})");

    private NetworkFigures() {}

    /** The figures a sentence gives, and the clauses with a number that could not be read. */
    record Read(List<NetworkFigure> figures, List<String> unread) {}

    static Read in(String sentence) {
        List<NetworkFigure> figures = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (String clause : CLAUSE_BREAK.split(sentence.strip().replaceAll("[.;]$", ""))) {
            NetworkFigure figure = figure(clause.strip());
            if (figure != null) figures.add(figure);
            else if (clause.matches(".*\\d.*")) unread.add(clause.strip());
        }
        return new Read(figures, unread);
    }

    private static NetworkFigure figure(String clause) {
        for (Pattern p : CLAUSES) {
            Matcher m = p.matcher(clause);
            if (m.matches()) {
                String unit = m.group("unit");
                String presence = m.group("presence");
                String qualifier = m.group("qual") == null ? "exactly" : m.group("qual");
                int value = Integer.parseInt(m.group("n").replace(",", ""));
                return new NetworkFigure(m.group("org"), presence, value, qualifier, unit, clause);
            }
        }
        return null;
    }
}
