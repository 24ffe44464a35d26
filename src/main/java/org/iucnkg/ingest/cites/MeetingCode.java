package org.iucnkg.ingest.cites;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CITES short code of a meeting named in words: "Sixty-sixth meeting of the Standing Committee" → "SC66". */
final class MeetingCode {
    private static final Pattern MEETING = Pattern.compile("(?i)^([a-z]+(?:-[a-z]+)?) (?:regular )?meeting of the (.+)$");
    private static final List<String> UNITS = List.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth");
    private static final List<String> TEENS = List.of("tenth", "eleventh", "twelfth", "thirteenth",
            "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> TENS = List.of("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet");

    private MeetingCode() {}

    static Optional<String> of(String meetingName) {
        Matcher m = MEETING.matcher(meetingName.strip());
        if (!m.matches()) return Optional.empty();
        String body = m.group(2).toLowerCase(Locale.ROOT);
        String prefix = body.startsWith("standing committee") ? "SC"
                : body.startsWith("conference of the parties") ? "CoP" : null;
        Optional<Integer> n = ordinal(m.group(1).toLowerCase(Locale.ROOT));
        return prefix == null || n.isEmpty() ? Optional.empty() : Optional.of(prefix + n.get());
    }

    /** "sixty-sixth" → 66, "twentieth" → 20, "ninth" → 9 (1 to 99). */
    static Optional<Integer> ordinal(String word) {
        int units = UNITS.indexOf(word);
        if (units >= 0) return Optional.of(units + 1);
        int teen = TEENS.indexOf(word);
        if (teen >= 0) return Optional.of(teen + 10);
        String[] parts = word.split("-");
        for (int t = 0; t < TENS.size(); t++) {
            int tens = (t + 2) * 10;
            if (parts.length == 1 && parts[0].equals(TENS.get(t) + "ieth")) return Optional.of(tens);
            if (parts.length == 2 && parts[0].equals(TENS.get(t) + "y") && UNITS.contains(parts[1])) {
                return Optional.of(tens + UNITS.indexOf(parts[1]) + 1);
            }
        }
        return Optional.empty();
    }
}
