package org.iucnkg.ingest.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The part of an event's label after its noun: "at CITES CoP18", or its topic "on communities and IWT". */
final class EventLabels {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern AT = Pattern.compile("^\\s+(at|à|au|en)\\s+(?:the\\s+)?", CI);
    private static final Pattern CLAUSE_END = Pattern.compile("[;:]|\\s(?:which|who|where|qui|que|donde)\\s", CI);
    private static final Pattern TOPIC = Pattern.compile("\\b(on|sur|sobre)\\s+", CI);
    private static final Pattern PURPOSE = Pattern.compile("\\bto\\s+(?:combat|tackle|address|counter|fight|end|curb|stop)\\s+", CI);
    private static final Pattern NOT_A_TOPIC = Pattern.compile("^(?:\\d|behalf\\b|the\\s+(?:\\d|occasion)|(?:january|february|march|april|may|june|july"
            + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b)", CI);
    private static final Set<String> STOPS = Set.of("was", "were", "is", "are", "be", "will", "would", "shall", "should", "can",
            "could", "has", "have", "had", "held", "hosted", "in", "at", "with", "by",
            "for", "which", "that", "to", "from", "through", "during", "organised", "organized", "convened", "supported",
            "funded", "prior", "after", "before", "including", "where", "who", "s'est", "organise", "organisee", "par",
            "avec", "pour", "en", "au", "fue", "se", "organizado", "organizada", "por", "con", "para", "celebrado", "celebrada");
    private static final int MAX_TOPIC_WORDS = 8;
    private static final int MAX_GAP_WORDS = 3;

    private EventLabels() {}

    static String postModifier(String text, String masked, Marks marks, int from, int sentenceEnd) {
        Matcher at = AT.matcher(text).region(from, sentenceEnd);
        if (at.lookingAt()) {
            for (Span event : marks.events()) {
                if (event.start() == at.end()) return " " + at.group(1) + " " + event.of(text);
            }
        }
        Matcher clause = CLAUSE_END.matcher(masked).region(from, sentenceEnd);
        int end = clause.find() ? clause.start() : sentenceEnd;
        Matcher topic = TOPIC.matcher(masked).region(from, end);
        while (topic.find()) {
            String words = topicWords(text, topic.end(), end);
            if (words != null) return gap(text, from, topic.start()) + " " + topic.group(1) + " " + words;
        }
        Matcher purpose = PURPOSE.matcher(masked).region(from, end);
        String words = null;
        while (purpose.find()) words = topicWords(text, purpose.end(), end);
        return words == null ? "" : " on " + words;
    }

    /** Words between the noun and "on": kept when short and plain ("atelier national sur"), else dropped. */
    private static String gap(String text, int from, int to) {
        String between = text.substring(from, to).strip();
        if (between.isEmpty()) return "";
        String[] words = between.split("\\s+");
        if (words.length > MAX_GAP_WORDS || between.matches(".*[,.;()\\[\\]#].*")) return "";
        for (String w : words) if (isStop(w)) return "";
        return " " + between;
    }

    private static String topicWords(String text, int from, int to) {
        String rest = text.substring(from, to);
        if (NOT_A_TOPIC.matcher(rest).find()) return null;
        StringBuilder topic = new StringBuilder();
        int count = 0;
        for (String word : rest.split("\\s+")) {
            String bare = word.replaceAll("[.,;:()\\[\\]]+$", "");
            if (word.isEmpty() || isStop(word) || count == MAX_TOPIC_WORDS || word.matches("^[(\\[].*")) break;
            topic.append(count++ == 0 ? "" : " ").append(bare);
            if (!bare.equals(word)) break;
        }
        return count == 0 ? null : topic.toString();
    }

    private static boolean isStop(String word) {
        return STOPS.contains(Norm.loose(word).toLowerCase(Locale.ROOT));
    }
}
