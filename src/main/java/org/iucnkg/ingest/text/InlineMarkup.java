package org.iucnkg.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the markdown-like inline markup that web-page exports leave in text: {@code **bold**},
 * {@code *emphasis*}, links {@code [text](#)} and backslash escapes such as {@code \(}.
 */
public final class InlineMarkup {
    private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\])*)]\\([^)\\s]*\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\()\\[\\]*_#.+!-])");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])");

    private InlineMarkup() {}

    /** The text as a reader sees it: markup removed, runs of white space collapsed, trimmed. */
    public static String plain(String text) {
        String s = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = s.replace("**", "");
        s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Whether the text holds a link written {@code [text](target)}. */
    public static boolean hasLink(String text) {
        return LINK.matcher(text).find();
    }
}
