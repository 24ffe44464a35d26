package org.iucnkg.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which country names place an action: "held in Kenya", "convening in Australia, Canada and
 * India", "in November 2018 in Egypt", "in Kenya in Nov 2019", "held in Nairobi, Kenya". Other mentions ("companies in the US",
 * "the governments of Botswana") only concern a country, they do not say where something happened; nor does
 * an event named as a point in time ("prior to the Peru Conference").
 */
public final class Locatives {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "in ", "au ", "in the ", and "in Nairobi, " (a city before its country). */
    private static final Pattern PREPOSITION = Pattern.compile(
            "\\b(?iu:in|au|aux|en|à)\\s+(?iu:the\\s+|el\\s+|la\\s+|l')?(?:(?<city>\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}),\\s*)?$",
            Pattern.UNICODE_CASE);
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:held|took place|taking place|takes place|convening|convened|hosted|organi[sz]ed|co-organi[sz]ed|conducted|ran|run"
            + "|tenue?s?|organis[ée]e?s?|a eu lieu|r[ée]unie?s?|celebrad[oa]s?|organizad[oa]s?|realizad[oa]s?|tuvo lugar)\\s*$", FLAGS);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|et\\s+|y\\s+)?|\\s+(?:and|et|y|&)\\s+)", FLAGS);
    private static final Pattern DATE_AFTER = Pattern.compile("^,?\\s+(?:in|en)\\s+", FLAGS);
    private static final Pattern BEFORE_OR_AFTER = Pattern.compile("\\b(?:prior to|before|ahead of|after|following|since"
            + "|avant|apr[eè]s|antes de|despu[eé]s de)\\s+(?:the\\s+|la\\s+|le\\s+|l'|el\\s+)?$", FLAGS);

    private Locatives() {}

    /** The country mentions (sorted, not overlapping) that the text uses as the place of an action. */
    public static List<Span> placed(String text, List<Span> countries) {
        List<Span> placed = new ArrayList<>();
        List<List<Span>> groups = listGroups(text, countries);
        for (List<Span> group : groups) {
            Span first = group.get(0);
            String before = text.substring(0, first.start());
            var preposition = PREPOSITION.matcher(before);
            if (!preposition.find()) continue;
            String lead = before.substring(0, preposition.start());
            if (CUE.matcher(lead).find() || endsWithDate(lead) || followedByDate(text, group.get(group.size() - 1))) {
                placed.addAll(group);
            }
        }
        return placed;
    }

    /**
     * Whether the text names an event only to say when something happened, not where: "a Community
     * Voices event prior to the Peru Conference", "ahead of CoP19", "since CoP16".
     */
    public static boolean beforeOrAfter(String text, Span event) {
        return BEFORE_OR_AFTER.matcher(text.substring(0, event.start())).find();
    }

    /** The city written before a placed country ("held in Nairobi, Kenya" gives "Nairobi"), if any. */
    public static Optional<String> cityBefore(String text, Span country) {
        Matcher preposition = PREPOSITION.matcher(text.substring(0, country.start()));
        return preposition.find() ? Optional.ofNullable(preposition.group("city")) : Optional.empty();
    }

    /** Consecutive country names joined only by commas and "and" form one list. */
    private static List<List<Span>> listGroups(String text, List<Span> countries) {
        List<List<Span>> groups = new ArrayList<>();
        List<Span> current = null;
        for (Span country : countries) {
            if (current != null && LIST_SEPARATOR.matcher(text.substring(current.get(current.size() - 1).end(), country.start())).matches()) {
                current.add(country);
            } else {
                current = new ArrayList<>(List.of(country));
                groups.add(current);
            }
        }
        return groups;
    }

    private static boolean endsWithDate(String lead) {
        String trimmed = lead.stripTrailing();
        return Dates.findAll(trimmed, null, false).stream().anyMatch(d -> d.end() == trimmed.length());
    }

    private static boolean followedByDate(String text, Span last) {
        String after = text.substring(last.end());
        var lead = DATE_AFTER.matcher(after);
        if (!lead.find()) return false;
        return Dates.findWhen(after, null).stream().anyMatch(d -> d.start() == lead.end());
    }
}
