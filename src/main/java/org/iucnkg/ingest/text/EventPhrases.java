package org.iucnkg.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the events a report text describes by their nouns (workshop, side event, conference,
 * seminar, summit, learning exchange, dialogue, consultation, meeting, event; French and Spanish
 * too). Precise rather than greedy: a singular phrase counts only with an indefinite article (or
 * "the" with a qualifier) and a sign that it took place (a verb such as held, hosted, convened, ran,
 * co-organized; a date; a place; "at" a known event). Plural nouns count only as an enumeration of
 * quoted titles ("three side events: 17 November: “…”, …"). Anaphora ("this event") never counts.
 */
public final class EventPhrases {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String SINGULAR_NOUN = "side[- ]event|learning exchange|workshop|conference|seminar|summit|dialogue"
            + "|consultation|meeting|event|webinar|symposium|forum|round[- ]?table"
            + "|atelier|conf[ée]rence|s[ée]minaire|sommet|[ée]v[ée]nement parall[eè]le|[ée]v[ée]nement|r[ée]union|webinaire|table ronde"
            + "|taller|conferencia|seminario|cumbre|evento paralelo|evento|reuni[óo]n|di[áa]logo|consulta|foro|mesa redonda";
    private static final String PLURAL_NOUN = "side[- ]events|workshops|conferences|seminars|meetings|events|webinars"
            + "|ateliers|[ée]v[ée]nements parall[eè]les|[ée]v[ée]nements|talleres|eventos paralelos|eventos";
    private static final Pattern SINGULAR = Pattern.compile(
            "\\b(an?|one|the|une?|le|la|el|una)\\s+((?:[\\p{L}\\d][\\p{L}\\d'’-]*\\s+){0,4}?)(" + SINGULAR_NOUN + ")(?![\\p{L}-])", CI);
    private static final Pattern ENUMERATION = Pattern.compile(
            "\\b(?:two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|\\d+)\\s+"
            + "(?:[\\p{L}'’-]+\\s+){0,3}?(" + PLURAL_NOUN + ")\\s*:", CI);
    private static final Pattern ITEM = Pattern.compile(
            "(?:(\\d{1,2}\\s+\\p{L}+\\.?|\\p{L}+\\.?\\s+\\d{1,2})\\s*:\\s*)?[“\"«]\\s*([^”\"»]+?)\\s*[”\"»]");
    private static final Set<String> NOT_MODIFIERS = Set.of("of", "to", "for", "in", "on", "at", "with", "and", "by", "from",
            "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "which", "that", "who",
            "its", "their", "our", "this", "same", "above", "said", "previous", "latter", "former", "such", "de", "du",
            "des", "et", "y", "en", "del", "por", "par", "sur", "sobre");
    private static final Pattern DEFINITE = Pattern.compile("the|le|la|el", CI);
    private static final Pattern TITLE = Pattern.compile("^\\s*:\\s*[“\"«]?\\s*([^“”\"«».]+?)\\s*(?:[”\"»]|\\s[–—-]\\s|\\.|$)");

    private EventPhrases() {}

    /** The events the text describes, in document order, with what the text says about each. */
    public static List<EventPhrase> find(String text, Marks marks) {
        List<Span> hidden = new ArrayList<>(marks.names());
        Urls.findAll(text).forEach(u -> hidden.add(u.span()));
        hidden.addAll(OperativeParagraphs.brackets(text));
        String masked = Span.mask(text, hidden, '#');
        List<Candidate> candidates = new ArrayList<>();
        for (Span sentence : Sentences.split(text)) {
            enumerated(text, masked, sentence, candidates);
            singular(text, masked, sentence, marks, candidates);
        }
        return EventAttachments.attach(text, masked, marks, candidates);
    }

    /** A phrase found, before dates, places and organisers are attached. */
    record Candidate(Span span, Span sentence, String label, String noun, Dates.Found ownDate, int anchor) {
        boolean isSideEvent() {
            return Norm.compact(noun).matches("sideevents?|evenementsparalleles|evenementparallele|eventosparalelos|eventoparalelo");
        }
    }

    private static void singular(String text, String masked, Span sentence, Marks marks, List<Candidate> into) {
        Matcher m = SINGULAR.matcher(masked).region(sentence.start(), sentence.end());
        while (m.find()) {
            String modifiers = text.substring(m.start(2), m.end(2)).strip();
            if (!modifiers.isEmpty() && hasNotModifier(modifiers)) continue;
            Span noun = new Span(m.start(3), m.end(3));
            String head = (modifiers.isEmpty() ? "" : modifiers + " ") + noun.of(text);
            String title = title(masked, text, noun.end(), sentence.end());
            boolean definite = DEFINITE.matcher(m.group(1)).matches();
            if (definite && modifiers.isEmpty() && title == null) continue;
            String label = title != null ? title : head + EventLabels.postModifier(text, masked, marks, noun.end(), sentence.end());
            Span span = new Span(m.start(2) == m.end(2) ? noun.start() : m.start(2), noun.end());
            if (title != null || EventAttachments.tookPlace(text, masked, marks, sentence, span)) {
                into.add(new Candidate(span, sentence, label, noun.of(text), null, span.start()));
            }
        }
    }

    /** "a side-event: Creating a coordinated approach … – with speakers": the title after the colon. */
    private static String title(String masked, String text, int from, int to) {
        Matcher m = TITLE.matcher(masked).region(from, to);
        if (!m.lookingAt() || m.group(1).split("\\s+").length < 2) return null;
        return text.substring(m.start(1), m.end(1)).strip();
    }

    private static void enumerated(String text, String masked, Span sentence, List<Candidate> into) {
        Matcher m = ENUMERATION.matcher(masked).region(sentence.start(), sentence.end());
        while (m.find()) {
            Integer year = EventAttachments.contextYear(text, m.start());
            Matcher item = ITEM.matcher(masked).region(m.end(), sentence.end());
            int expected = m.end();
            while (item.find() && text.substring(expected, item.start()).matches("[\\s,;]*(?:and|et|y)?\\s*")) {
                Dates.Found date = item.group(1) == null ? null
                        : Dates.findAll(item.group(1), year, false).stream().findFirst().orElse(null);
                into.add(new Candidate(new Span(item.start(), item.end()), sentence, text.substring(item.start(2), item.end(2)).strip(),
                        m.group(1), date, m.start()));
                expected = item.end();
            }
        }
    }

    private static boolean hasNotModifier(String modifiers) {
        for (String word : modifiers.split("\\s+")) {
            if (NOT_MODIFIERS.contains(word.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
