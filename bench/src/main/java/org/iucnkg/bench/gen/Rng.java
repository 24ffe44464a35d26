package org.iucnkg.bench.gen;

import java.util.List;
import java.util.SplittableRandom;

/** The generator's only source of chance: everything it writes follows from the seed. */
final class Rng {
    private final SplittableRandom random;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so adding draws in one part never shifts another part's draws. */
    Rng split() { return new Rng(random.split()); }

    boolean chance(double p) { return random.nextDouble() < p; }

    int between(int min, int maxInclusive) { return random.nextInt(min, maxInclusive + 1); }

    double uniform() { return random.nextDouble(); }

    long nextLong() { return random.nextLong(); }

    <T> T pick(List<T> items) { return items.get(random.nextInt(items.size())); }

    <T> T pick(T[] items) { return items[random.nextInt(items.length)]; }

    /** A count with a long right tail (log-normal), clamped: most reports are short, a few are long. */
    int skewed(double median, double spread, int min, int max) {
        double value = median * Math.exp(spread * random.nextGaussian(0, 1));
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }

    /** Sixteen hex digits, as in the portal export's file names. */
    String hex16() { return String.format("%016x", random.nextLong()); }

    /** A GUID in upper case, as IUCN member ID codes are written. */
    String guid() {
        String h = (hex16() + hex16()).toUpperCase();
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20, 32);
    }
}
