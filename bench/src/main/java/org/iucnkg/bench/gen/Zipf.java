package org.iucnkg.bench.gen;

import java.util.Arrays;

/** Ranks 0..n-1 drawn with probability proportional to 1/(rank+1)^s: a few very active, a long tail. */
final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double s) {
        if (n < 1) throw new IllegalArgumentException("a Zipf law needs at least one rank");
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) cumulative[i] /= sum;
    }

    int draw(Rng rng) {
        int at = Arrays.binarySearch(cumulative, rng.uniform());
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }
}
