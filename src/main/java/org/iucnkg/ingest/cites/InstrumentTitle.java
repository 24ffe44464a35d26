package org.iucnkg.ingest.cites;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iucnkg.ingest.text.Dates;
import org.iucnkg.ingest.text.InlineMarkup;

/**
 * An instrument's title line as written: "[ECOSOC Resolution 2011/36](#) on Crime prevention ...,
 * July 2011", "[Urgent Measures](#) adopted to halt ..., Gaborone, Botswana, December 2013", or a
 * bold line without a link ("**London Declaration on the illegal wildlife trade**").
 *
 * @param name the instrument's name (the link text): "ECOSOC Resolution 2011/36", "Kasane Statement"
 * @param fullTitle name and the words that follow it, without place and date
 * @param subject what follows "on" ("Compliance and enforcement"), or null
 */
record InstrumentTitle(String name, String fullTitle, String subject, List<String> where, Dates.Found date) {
    private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\])+)]\\([^)]*\\)");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*[^*]+\\*\\*$");
    private static final Pattern NAME_END = Pattern.compile(" on |: ");
    private static final int MAX_LENGTH = 300;

    /** Whether a block is a title line: a link naming an instrument, or a bold line naming one. */
    static boolean isTitle(Block block) {
        String raw = block.raw();
        String plain = block.plain();
        if (plain.length() > MAX_LENGTH || ParagraphNumber.isNumbered(plain)) return false;
        Matcher link = LINK.matcher(raw);
        if (link.find()) return InstrumentKind.of(InlineMarkup.plain(link.group(1))) != null;
        return BOLD_LINE.matcher(raw).matches() && InstrumentKind.of(plain) != null;
    }

    static InstrumentTitle parse(Block block) {
        String raw = block.raw();
        Matcher link = LINK.matcher(raw);
        String name;
        String rest;
        if (link.find()) {
            String before = InlineMarkup.plain(raw.substring(0, link.start())).replaceFirst("(?i)^(the|an?)$", "");
            name = (before + " " + InlineMarkup.plain(link.group(1))).strip();
            rest = InlineMarkup.plain(raw.substring(link.end()));
        } else {
            String whole = block.plain();
            Matcher end = NAME_END.matcher(whole);
            name = end.find() ? whole.substring(0, end.start()) : whole;
            rest = whole.substring(name.length());
        }
        Trailing.Dated dated = Trailing.splitDate(rest);
        Trailing.Located located = Trailing.splitPlaces(dated.head());
        String tail = located.head();
        String fullTitle = (name + (tail.startsWith(":") || tail.startsWith(",") ? "" : " ") + tail).strip();
        String subject = tail.startsWith("on ") ? tail.substring(3).strip() : null;
        return new InstrumentTitle(name, fullTitle, subject, located.where(), dated.date());
    }
}
