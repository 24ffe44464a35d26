package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iucnkg.ingest.cites.IccwcRecords.EventRef;
import org.iucnkg.ingest.text.Dates;

/**
 * Events a sentence says were held somewhere: "the ICCWC Seminar on Tiger Crime for Heads of Police
 * and Customs, held on 14 February 2012 in Bangkok, Thailand" or "the Senior Officials Meeting held
 * in Geneva on 11-12 February 2015".
 */
final class HeldEvents {
    private static final Pattern HELD = Pattern.compile(",?\\s+held\\s+(?:on\\s+(?<date1>[^;]+?)\\s+)?in\\s+"
            + "(?<where>\\p{Lu}[\\p{L} ]*?(?:,\\s*\\p{Lu}[\\p{L} ]*?)?)(?:\\s+on\\s+(?<date2>[^,;]+?))?\\s*(?=[;,.]|$)");
    private static final Pattern EVENT_WORD = Pattern.compile(
            "\\b(Seminar|Meeting|Conference|Summit|Workshop|Dialogue|Congress|Forum|Symposium|Session)\\b");
    private static final Set<String> JOINING = Set.of("on", "of", "for", "and", "to", "in");

    private HeldEvents() {}

    static List<EventRef> in(String text) {
        List<EventRef> events = new ArrayList<>();
        Matcher m = HELD.matcher(text);
        while (m.find()) {
            String label = nameBefore(text.substring(0, m.start()));
            String dateText = m.group("date1") != null ? m.group("date1") : m.group("date2");
            Dates.Found date = dateText == null ? null : Dates.parse(dateText).orElse(null);
            if (label == null || date == null) continue;
            List<String> where = Arrays.stream(m.group("where").split(",\\s*")).map(String::strip).toList();
            events.add(new EventRef(label, where, date.from(), date.to()));
        }
        return events;
    }

    /** The capitalised name that ends the text ("... the Senior Officials Meeting"), if it names an event. */
    private static String nameBefore(String text) {
        if (text.isBlank()) return null;
        String[] words = text.strip().split("\\s+");
        int start = words.length;
        while (start > 0 && (Character.isUpperCase(words[start - 1].charAt(0)) || JOINING.contains(words[start - 1]))) {
            start--;
        }
        while (start < words.length && JOINING.contains(words[start])) start++;
        String name = String.join(" ", Arrays.copyOfRange(words, start, words.length));
        return EVENT_WORD.matcher(name).find() ? name : null;
    }
}
