package org.iucnkg.ingest.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attaches to each event phrase what its sentence says: a date or a place goes to the event phrase
 * (or known event) nearest to it; organisers come from "hosted by X" after it or from the subject
 * of "X convened / hosted / ran / co-organized" before it; the super-event from "at &lt;known event&gt;",
 * or for a side event the known event last named before it.
 */
final class EventAttachments {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ACTIVE = "hosted|host|co-host(?:ed|ing)?|convened|convene|ran|held|organi[sz]ed?|co-organi[sz]ed?"
            + "|co-sponsor(?:ed|ing)?|a organis[ée]|a accueilli|a co-organis[ée]|organiz[óo]|acogi[óo]|co-?organiz[óo]|convoc[óo]";
    private static final Pattern TOOK_PLACE = Pattern.compile("\\b(?:" + ACTIVE + "|hold|holding|hosting|convening|organi[sz]ing"
            + "|took place|take place|takes place|attended|participated|conducted|facilitated|delivered|launched"
            + "|s'est tenue?|tenue?s?|a eu lieu|organis[ée]e?s?|se celebr[óo]|celebrad[oa]s?|organizad[oa]s?|tuvo lugar)\\b", CI);
    private static final Pattern ACTIVE_VERB = Pattern.compile("\\b(?:" + ACTIVE + ")\\b", CI);
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:hosted|organi[sz]ed|convened|co-hosted|co-organi[sz]ed|run|facilitated"
            + "|organis[ée]e?s?|accueillie?s?|co-organis[ée]e?s?|organizad[oa]s?|acogid[oa]s?|convocad[oa]s?)\\s+(?:by|par|por)\\s+", CI);
    private static final Pattern FUNDING = Pattern.compile("financial support|funded by|funding from|supported by|support from"
            + "|with the support of|co-funding|financ[ée] par|avec le soutien|financiado por|con el apoyo", CI);
    private static final Pattern ARTICLE = Pattern.compile("(?:(?:the|la|le|les|el|los|las)\\s+|l['’])?", CI);
    private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|et\\s+|y\\s+)?|\\s+(?:and|et|y)\\s+)"
            + "(?:(?:the|la|le|les|el|los|las)\\s+|l['’])?", CI);
    private static final Pattern AT_BEFORE = Pattern.compile("\\b(?:at|à|au|during|lors de|durante|en)\\s+(?:the\\s+|la\\s+|le\\s+|l')?(?:[\\p{L}\\d-]+\\s+){0,2}$", CI);

    private EventAttachments() {}

    static boolean tookPlace(String text, String masked, Marks marks, Span sentence, Span phrase) {
        String in = sentence.of(masked);
        return TOOK_PLACE.matcher(in).find()
                || !datesIn(text, sentence).isEmpty()
                || Locatives.placed(text, marks.countries()).stream().anyMatch(c -> inside(sentence, c))
                || atKnownEvent(text, marks, sentence, phrase) != null;
    }

    /** The year of the last full date written before {@code position}, for "17 November" without a year. */
    static Integer contextYear(String text, int position) {
        List<Dates.Found> before = Dates.findAll(text.substring(0, position), null, false);
        return before.isEmpty() ? null : Dates.yearOf(before.get(before.size() - 1).from());
    }

    static List<EventPhrase> attach(String text, String masked, Marks marks, List<EventPhrases.Candidate> candidates) {
        Map<EventPhrases.Candidate, Dates.Found> dates = new HashMap<>();
        Map<EventPhrases.Candidate, List<Span>> places = new HashMap<>();
        List<Span> placed = Locatives.placed(text, marks.countries());
        for (Span sentence : candidates.stream().map(EventPhrases.Candidate::sentence).distinct().toList()) {
            List<EventPhrases.Candidate> here = candidates.stream().filter(c -> c.sentence().equals(sentence)).toList();
            for (Dates.Found date : datesIn(text, sentence)) {
                if (here.stream().anyMatch(c -> c.ownDate() != null && c.span().contains(date.start()))) continue;
                nearest(here, marks, new Span(date.start(), date.end())).ifPresent(c -> dates.putIfAbsent(c, date));
            }
            for (Span country : placed) {
                if (inside(sentence, country)) {
                    nearest(here, marks, country).ifPresent(c -> places.computeIfAbsent(c, k -> new ArrayList<>()).add(country));
                }
            }
        }
        List<EventPhrase> phrases = new ArrayList<>();
        for (EventPhrases.Candidate c : candidates) {
            Dates.Found date = c.ownDate() != null ? c.ownDate() : dates.get(c);
            phrases.add(new EventPhrase(c.span(), c.label(), date, superEvent(text, marks, c),
                    organizers(masked, marks, c, candidates), places.getOrDefault(c, List.of())));
        }
        return phrases;
    }

    /** Dates in the sentence; a bare year only as "in 2019". Offsets are in the whole text. */
    private static List<Dates.Found> datesIn(String text, Span sentence) {
        return Dates.findWhen(sentence.of(text), contextYear(text, sentence.start())).stream()
                .map(d -> new Dates.Found(d.start() + sentence.start(), d.end() + sentence.start(), d.from(), d.to()))
                .toList();
    }

    /** The event phrase nearest to {@code what}, unless a known event is nearer (then it is the known event's). */
    private static Optional<EventPhrases.Candidate> nearest(List<EventPhrases.Candidate> here, Marks marks, Span what) {
        int best = Integer.MAX_VALUE;
        EventPhrases.Candidate found = null;
        for (EventPhrases.Candidate c : here) {
            if (c.ownDate() != null) continue;
            int d = distance(c.span(), what);
            if (d < best) { best = d; found = c; }
        }
        for (Span known : marks.events()) {
            if (found != null && inside(found.sentence(), known) && distance(known, what) < best) return Optional.empty();
        }
        return Optional.ofNullable(found);
    }

    private static int distance(Span a, Span b) {
        return b.start() >= a.end() ? b.start() - a.end() : a.start() >= b.end() ? a.start() - b.end() : 0;
    }

    private static boolean inside(Span outer, Span inner) { return outer.start() <= inner.start() && inner.end() <= outer.end(); }

    private static Span superEvent(String text, Marks marks, EventPhrases.Candidate c) {
        Span at = atKnownEvent(text, marks, c.sentence(), c.span());
        if (at != null || !c.isSideEvent()) return at;
        return marks.events().stream().filter(e -> e.end() <= c.span().start()).reduce((a, b) -> b).orElse(null);
    }

    /** A known event the sentence puts the phrase at ("at CITES CoP18", "At the forthcoming CoP19 of CITES, …"). */
    private static Span atKnownEvent(String text, Marks marks, Span sentence, Span phrase) {
        return marks.events().stream()
                .filter(e -> inside(sentence, e) && AT_BEFORE.matcher(text.substring(sentence.start(), e.start())).find())
                .min(Comparator.comparingInt(e -> distance(e, phrase))).orElse(null);
    }

    private static List<Span> organizers(String masked, Marks marks, EventPhrases.Candidate c, List<EventPhrases.Candidate> all) {
        int nextPhrase = all.stream().filter(o -> o.sentence().equals(c.sentence()) && o.anchor() > c.anchor() && o.ownDate() == null)
                .mapToInt(EventPhrases.Candidate::anchor).min().orElse(c.sentence().end());
        Matcher passive = PASSIVE.matcher(masked).region(c.span().end(), Math.max(c.span().end(), nextPhrase));
        if (passive.find()) return chained(masked, marks, passive.end());
        int lastPhrase = all.stream().filter(o -> o.sentence().equals(c.sentence()) && o.anchor() < c.anchor() && !o.span().equals(c.span()))
                .mapToInt(o -> o.span().end()).max().orElse(c.sentence().start());
        Matcher verb = ACTIVE_VERB.matcher(masked).region(Math.min(lastPhrase, c.anchor()), c.anchor());
        int verbStart = -1;
        while (verb.find()) verbStart = verb.start();
        if (verbStart < 0) return List.of();
        Matcher funding = FUNDING.matcher(masked).region(c.sentence().start(), verbStart);
        int fundingFrom = funding.find() ? funding.start() : verbStart;
        return marks.organisations().stream()
                .filter(o -> o.start() >= c.sentence().start() && o.end() <= fundingFrom).toList();
    }

    /** "hosted by IUCN ESARO, in collaboration with …": the organisations listed right after "by". */
    private static List<Span> chained(String masked, Marks marks, int from) {
        List<Span> found = new ArrayList<>();
        int at = from;
        for (Span org : marks.organisations()) {
            if (org.start() < at) continue;
            if (org.start() != at && !(found.isEmpty() ? ARTICLE.matcher(masked.substring(at, org.start())).matches()
                    : LIST_GLUE.matcher(masked.substring(at, org.start())).matches())) break;
            found.add(org);
            at = org.end();
        }
        return found;
    }
}
