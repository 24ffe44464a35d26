package org.iucnkg.bench.gen;

/**
 * How names go wrong in the portal: a dropped letter in a long name (the resolver should merge it and
 * keep the spelling as skos:altLabel), or a word changed (close enough to be kept apart with
 * skos:closeMatch).
 */
final class Misspell {
    static final double DROPPED_LETTER = 0.03;
    static final double CHANGED_WORD = 0.008;

    private Misspell() {}

    static String maybe(String name, Rng rng) {
        if (name.length() >= 20 && rng.chance(DROPPED_LETTER)) {
            int at = rng.between(name.length() / 2, name.length() - 2);
            if (Character.isLetter(name.charAt(at))) return name.substring(0, at) + name.substring(at + 1);
        }
        if (name.length() >= 25 && rng.chance(CHANGED_WORD)) {
            String[] words = name.split(" ");
            int last = words.length - 1;
            words[last] = words[last].equals("Network") ? "Partnership" : "Network";
            return String.join(" ", words);
        }
        return name;
    }
}
