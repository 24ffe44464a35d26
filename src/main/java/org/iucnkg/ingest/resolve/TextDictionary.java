package org.iucnkg.ingest.resolve;

import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.iucnkg.ingest.resolve.Names.Token;

/**
 * Finds known phrases in text in one pass: a word-level trie, longest match first, left to right,
 * without overlaps, on word boundaries. Acronym-like phrases match case-sensitively, others
 * case-insensitively (on {@link Names} keys). The last word of a match may carry a possessive "s"
 * or "'s" ("IFAW's", "Groups"). With {@code fuzzy}, one word after the first may be a near-miss
 * (one edit, words of five letters or more) in a phrase of at least three words ("Cente" for
 * "Center"). A phrase added with a null value blocks the span without reporting it.
 *
 * <p>Where two values are given for one phrase, the lower rank wins (the first on equal ranks), so the
 * dictionary is the same whatever order the phrases arrive in. Additions may be journalled, to be taken back.
 */
final class TextDictionary<T> {

    /** A phrase found in text: its span, its value, and whether one word was a near-miss. */
    record Hit<T>(int start, int end, T value, boolean fuzzy) {}

    private static final int NEAR_MISS_MIN_LETTERS = 5;
    private static final int NEAR_MISS_MIN_WORDS = 3;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        boolean terminal;
        T value;
        int words;
        Rank rank;
    }

    private record Match<T>(Node<T> node, int last, boolean fuzzy) {}

    private final Node<T> cased = new Node<>();
    private final Node<T> folded = new Node<>();
    private final boolean fuzzy;
    private final boolean capitalised;

    /** {@code capitalised}: a case-insensitive match must start with a capital letter or digit (country names). */
    TextDictionary(boolean fuzzy, boolean capitalised) {
        this.fuzzy = fuzzy;
        this.capitalised = capitalised;
    }

    /** Adds a phrase; the first value given for a phrase wins. */
    void add(String phrase, T value) { add(phrase, value, Names.isAcronymLike(phrase), Rank.NONE, null); }

    /** Adds a phrase unless one of a lower rank has it; with {@code undo}, pushes what takes the addition back. */
    void add(String phrase, T value, boolean caseSensitive, Rank rank, Deque<Runnable> undo) {
        List<Token> tokens = Names.tokens(phrase);
        int from = !caseSensitive && tokens.size() > 1 && tokens.get(0).folded().equals("the") ? 1 : 0;
        if (from >= tokens.size() || !tokens.get(from).word()) return;
        Node<T> node = caseSensitive ? cased : folded;
        int words = 0;
        for (Token t : tokens.subList(from, tokens.size())) {
            String key = caseSensitive ? t.cased() : t.folded();
            Node<T> parent = node;
            node = parent.next.get(key);
            if (node == null) {
                node = new Node<>();
                parent.next.put(key, node);
                if (undo != null) undo.push(() -> parent.next.remove(key));
            }
            if (t.word()) words++;
        }
        if (node.terminal && node.rank.compareTo(rank) <= 0) return;
        if (undo != null) {
            Node<T> changed = node;
            boolean terminal = node.terminal;
            T oldValue = node.value;
            int oldWords = node.words;
            Rank oldRank = node.rank;
            undo.push(() -> {
                changed.terminal = terminal;
                changed.value = oldValue;
                changed.words = oldWords;
                changed.rank = oldRank;
            });
        }
        node.terminal = true;
        node.value = value;
        node.words = words;
        node.rank = rank;
    }

    List<Hit<T>> scan(String text) {
        List<Token> tokens = Names.tokens(text);
        List<Hit<T>> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            Match<T> best = null;
            if (first.word()) {
                Match<T> exact = longest(cased, tokens, i, false);
                boolean foldedAllowed = !capitalised || !Character.isLowerCase(first.text().charAt(0));
                Match<T> loose = foldedAllowed ? longest(folded, tokens, i, true) : null;
                best = loose != null && (exact == null || loose.last() > exact.last()) ? loose : exact;
            }
            if (best == null) {
                i++;
                continue;
            }
            if (best.node().value != null) {
                hits.add(new Hit<>(first.start(), tokens.get(best.last()).end(), best.node().value, best.fuzzy()));
            }
            i = best.last() + 1;
        }
        return hits;
    }

    private Match<T> longest(Node<T> root, List<Token> tokens, int from, boolean isFolded) {
        Match<T> exact = null;
        Match<T> nearMiss = null;
        boolean missed = false;
        Node<T> node = root;
        for (int j = from; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            String key = isFolded ? t.folded() : t.cased();
            Node<T> child = node.next.get(key);
            if (child == null && t.word()) {
                Node<T> bare = key.length() > 1 && key.endsWith("s") ? node.next.get(key.substring(0, key.length() - 1)) : null;
                if (bare != null && bare.terminal) {
                    Match<T> m = new Match<>(bare, j, missed);
                    if (missed) nearMiss = bare.words >= NEAR_MISS_MIN_WORDS ? m : nearMiss;
                    else exact = m;
                    break;
                }
                if (isFolded && fuzzy && !missed && j > from) {
                    child = nearMiss(node, key);
                    missed = child != null;
                }
            }
            if (child == null) break;
            node = child;
            if (node.terminal && !missed) exact = new Match<>(node, j, false);
            else if (node.terminal && node.words >= NEAR_MISS_MIN_WORDS) nearMiss = new Match<>(node, j, true);
        }
        return nearMiss != null && (exact == null || nearMiss.last() > exact.last()) ? nearMiss : exact;
    }

    /** The only child whose word is one edit away from {@code key}, if there is exactly one. */
    private static <T> Node<T> nearMiss(Node<T> node, String key) {
        if (key.length() < NEAR_MISS_MIN_LETTERS) return null;
        Node<T> found = null;
        for (Map.Entry<String, Node<T>> e : node.next.entrySet()) {
            String word = e.getKey();
            if (word.length() < NEAR_MISS_MIN_LETTERS || Math.abs(word.length() - key.length()) > 1) continue;
            if (ONE_EDIT.apply(word, key) < 0) continue;
            if (found != null) return null;
            found = e.getValue();
        }
        return found;
    }
}
