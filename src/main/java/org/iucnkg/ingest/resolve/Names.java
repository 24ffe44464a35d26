package org.iucnkg.ingest.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How names are compared. Text is cut into tokens: words (letters and digits, with inner
 * apostrophes and dots, so "IFAW's", "l'Europe" and "U.K." are one word each) and the punctuation
 * marks that end a name ({@code , ; : ( ) / . [ ]}); "&" is the word "and"; anything else
 * (spaces, hyphens, dashes, quotes, emphasis marks) only separates words. So "WWF - UK", "WWF-UK"
 * and "WWF UK" are the same words.
 */
final class Names {

    /**
     * One token: a word or a punctuation mark, with its place in the text and its two keys: folded
     * (accents stripped, lower case, inner apostrophes and dots removed, British spelling unified) and
     * cased (the same with case kept, for acronyms).
     */
    record Token(String text, int start, int end, boolean word, String folded, String cased) {
        static Token of(String text, int start, int end) {
            boolean word = Character.isLetterOrDigit(text.charAt(0));
            String plain = word ? plain(text) : text;
            return new Token(text, start, end, word, word ? spelling(plain.toLowerCase(Locale.ROOT)) : text, plain);
        }
    }

    private static final String PUNCTUATION = ",;:()/.[]&";
    private static final String INNER_MARKS = "'’.";
    private static final Map<String, String> SPELLING = Map.of(
            "centre", "center", "centres", "centers", "organisation", "organization",
            "organisations", "organizations", "programme", "program", "programmes", "programs",
            "defence", "defense", "labour", "labor");
    private static final Map<String, String> LETTERS = Map.of("ß", "ss", "ł", "l", "Ł", "L", "ø", "o", "Ø", "O",
            "æ", "ae", "Æ", "AE", "œ", "oe", "đ", "d", "Đ", "D");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INNER = Pattern.compile("['’.]");
    private static final Pattern LETTER = Pattern.compile("[" + String.join("", LETTERS.keySet()) + "]");

    private Names() {}

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                tokens.add(Token.of(text.substring(i, end), i, end));
                i = end;
            } else {
                if (PUNCTUATION.indexOf(c) >= 0) tokens.add(Token.of(c == '&' ? "and" : String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** Letters and digits, joined by single inner apostrophes or dots; an abbreviation keeps its last dot ("U.K."). */
    private static int wordEnd(String text, int start) {
        int i = start;
        boolean dotted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (INNER_MARKS.indexOf(c) >= 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                dotted |= c == '.';
                i++;
            } else {
                break;
            }
        }
        return dotted && i < text.length() && text.charAt(i) == '.' ? i + 1 : i;
    }

    /** The comparison form of a whole name: words only, folded, one space apart, without a leading "the". */
    static String normalise(String name) {
        List<String> words = tokens(name).stream().filter(Token::word).map(Token::folded).collect(Collectors.toList());
        if (words.size() > 1 && words.get(0).equals("the")) words.remove(0);
        return String.join(" ", words);
    }

    /** The comparison form of an acronym: words only, case kept ("WWF - UK" and "WWF-UK" are "WWF UK"). */
    static String acronymKey(String acronym) {
        return tokens(acronym).stream().filter(Token::word).map(Token::cased).collect(Collectors.joining(" "));
    }

    /** Written like an acronym ("UK", "CITES CoP18", "IUCN SULi", "AfDB"): compared case-sensitively in text. */
    static boolean isAcronymLike(String phrase) {
        List<Token> words = tokens(phrase).stream().filter(Token::word).toList();
        return !words.isEmpty() && words.stream().allMatch(w -> acronymLikeWord(w.text()))
                && words.stream().anyMatch(w -> w.text().chars().anyMatch(Character::isUpperCase));
    }

    private static boolean acronymLikeWord(String word) {
        boolean noLower = word.chars().noneMatch(Character::isLowerCase);
        boolean innerCapital = word.substring(1).chars().anyMatch(Character::isUpperCase);
        return noLower || innerCapital;
    }

    /** Normalised Levenshtein similarity of two normalised names: 1 is equal, 0 is nothing in common. */
    static double similarity(String a, String b, double atLeast) {
        int longest = Math.max(a.length(), b.length());
        if (longest == 0) return 1;
        int allowed = (int) Math.floor(longest * (1 - atLeast));
        int distance = new LevenshteinDistance(allowed).apply(a, b);
        return distance < 0 ? 0 : 1 - (double) distance / longest;
    }

    private static String plain(String word) {
        if (word.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) return word; // the common case, fast
        String ascii = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
        ascii = LETTER.matcher(ascii).replaceAll(r -> LETTERS.get(r.group()));
        return INNER.matcher(ascii).replaceAll("");
    }

    private static String spelling(String folded) { return SPELLING.getOrDefault(folded, folded); }
}
