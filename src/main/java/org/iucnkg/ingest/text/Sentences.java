package org.iucnkg.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits report prose into sentences. A sentence ends at {@code . ! ?} followed by white space and
 * a capital, digit or opening quote, or at a line break; abbreviations ("e.g.", "Conf.", "U.S.")
 * and web addresses do not end sentences.
 */
public final class Sentences {

    private static final Pattern END = Pattern.compile("[.!?][\"'”’)\\]]*\\s+(?=[\\p{Lu}\\d\"“‘(\\[])|\\n+");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "eg", "ie", "etc", "cf", "vs", "viz", "approx", "dr", "mr", "mrs", "ms", "st", "no", "nos",
            "inc", "ltd", "co", "rev", "conf", "res", "rec", "dec", "art", "para", "fig", "vol", "pp", "p", "op", "al");

    private Sentences() {}

    public static List<Span> split(String text) {
        String masked = Span.mask(text, Urls.findAll(text).stream().map(Urls.Found::span).toList(), '_');
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        Matcher m = END.matcher(masked);
        while (m.find()) {
            if (masked.charAt(m.start()) == '.' && isAbbreviation(masked, m.start())) continue;
            add(text, start, m.group().startsWith("\n") ? m.start() : m.start() + 1, sentences);
            start = m.end();
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(wordStart));
        return initial || ABBREVIATIONS.contains(word) || word.matches("(?:[a-z]\\.)+[a-z]");
    }

    private static void add(String text, int from, int to, List<Span> into) {
        int s = from;
        int e = Math.min(to, text.length());
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) into.add(new Span(s, e));
    }
}
