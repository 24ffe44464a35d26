package org.iucnkg.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Finds dates in report text and types them as precisely as the text is, no more:
 * "9 November 2015" is an xsd:date, "Sept 2014" an xsd:gYearMonth, "2019" an xsd:gYear.
 */
public final class Dates {

    /** A date or date range found in text; {@code to} equals {@code from} for a single date. */
    public record Found(int start, int end, Literal from, Literal to) {
        public boolean isRange() { return !from.equals(to); }
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DAY_RANGE = Pattern.compile(
            "\\b(\\d{1,2})\\s*(?:-|–|to|au|al)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:of\\s+|de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?" + YEAR + "\\b", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b" + MONTH + ",?\\s+(?:de\\s+)?" + YEAR + "\\b", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\s+" + MONTH + "(?!\\s*,?\\s*(?:de\\s+)?(?:19|20)\\d{2})\\b", FLAGS);
    private static final Pattern ISO_DATE = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern YEAR_LEAD = Pattern.compile("\\b(?:in|during|throughout|en|durante|dans)\\s+$", FLAGS);
    private static final Pattern YEAR_ONLY = Pattern.compile("(?<![\\d/.-])" + YEAR + "(?![\\d/-])");

    private Dates() {}

    /**
     * Every date in the text, left to right, longest reading first and without overlaps.
     * Day-and-month without a year ("17 November") takes {@code defaultYear} when given, else is skipped.
     * Bare years are included only when {@code includeBareYears}.
     */
    public static List<Found> findAll(String text, Integer defaultYear, boolean includeBareYears) {
        List<Found> all = new ArrayList<>();
        scan(DAY_RANGE, text, all, m -> range(m, 1, 2, 3, 4));
        scan(ISO_DATE, text, all, m -> single(m, date(num(m, 1), num(m, 2), num(m, 3))));
        scan(DAY_MONTH_YEAR, text, all, m -> single(m, date(num(m, 3), month(m.group(2)), num(m, 1))));
        scan(MONTH_DAY_YEAR, text, all, m -> single(m, date(num(m, 3), month(m.group(1)), num(m, 2))));
        scan(MONTH_YEAR, text, all, m -> single(m, yearMonth(num(m, 2), month(m.group(1)))));
        if (defaultYear != null) {
            scan(DAY_MONTH, text, all, m -> single(m, date(defaultYear, month(m.group(2)), num(m, 1))));
        }
        if (includeBareYears) {
            scan(YEAR_ONLY, text, all, m -> single(m, year(num(m, 1))));
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /**
     * The dates that say when something happened: every date with at least a month, and a bare year
     * only where a preposition introduces it ("in 2018", "throughout 2019"), not "since 2014" or "Act 1984".
     */
    public static List<Found> findWhen(String text, Integer defaultYear) {
        return findAll(text, defaultYear, true).stream()
                .filter(f -> !f.from().getDatatypeURI().equals(XSDDatatype.XSDgYear.getURI())
                        || YEAR_LEAD.matcher(text.substring(0, f.start())).find())
                .toList();
    }

    /** The whole text read as one date ("9 November 2015", "July 2011", "2019"), if it is one. */
    public static Optional<Found> parse(String text) {
        String trimmed = text.strip();
        return findAll(trimmed, null, true).stream()
                .filter(f -> f.start() == 0 && f.end() == trimmed.length())
                .findFirst();
    }

    /** The year of a typed date literal (works for xsd:date, gYearMonth and gYear). */
    public static int yearOf(Literal date) {
        return Integer.parseInt(date.getLexicalForm().substring(0, 4));
    }

    private interface Reader { Found read(Matcher m); }

    private static void scan(Pattern pattern, String text, List<Found> found, Reader reader) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Found f;
            try {
                f = reader.read(m);
            } catch (IllegalArgumentException notADate) {
                continue; // "31 February": the text is not a date after all
            }
            if (f != null && found.stream().noneMatch(o -> o.start() < f.end() && f.start() < o.end())) {
                found.add(f);
            }
        }
    }

    private static Found single(Matcher m, Literal value) { return new Found(m.start(), m.end(), value, value); }

    private static Found range(Matcher m, int fromDay, int toDay, int month, int year) {
        int y = num(m, year);
        int mo = month(m.group(month));
        return new Found(m.start(), m.end(), date(y, mo, num(m, fromDay)), date(y, mo, num(m, toDay)));
    }

    private static int num(Matcher m, int group) { return Integer.parseInt(m.group(group)); }

    private static int month(String name) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        if (month == null) throw new IllegalArgumentException("not a month: " + name);
        return month;
    }

    static Literal date(int year, int month, int day) {
        java.time.LocalDate checked = java.time.LocalDate.of(year, month, day); // rejects 31 February
        return ResourceFactory.createTypedLiteral(checked.toString(), XSDDatatype.XSDdate);
    }

    static Literal yearMonth(int year, int month) {
        if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month);
        return ResourceFactory.createTypedLiteral(String.format("%04d-%02d", year, month), XSDDatatype.XSDgYearMonth);
    }

    static Literal year(int year) {
        return ResourceFactory.createTypedLiteral(String.format("%04d", year), XSDDatatype.XSDgYear);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        String[][] names = {
            {"january", "jan", "janvier", "janv", "enero", "ene"},
            {"february", "feb", "février", "fevrier", "févr", "fevr", "febrero"},
            {"march", "mar", "mars", "marzo"},
            {"april", "apr", "avril", "avr", "abril", "abr"},
            {"may", "mai", "mayo"},
            {"june", "jun", "juin", "junio"},
            {"july", "jul", "juillet", "juil", "julio"},
            {"august", "aug", "août", "aout", "agosto", "ago"},
            {"september", "sept", "sep", "septembre", "septiembre", "setiembre"},
            {"october", "oct", "octobre", "octubre"},
            {"november", "nov", "novembre", "noviembre"},
            {"december", "dec", "décembre", "decembre", "déc", "diciembre", "dic"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) m.put(n, i + 1);
        }
        return m;
    }
}
