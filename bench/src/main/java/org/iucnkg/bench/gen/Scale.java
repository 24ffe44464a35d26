package org.iucnkg.bench.gen;

import java.util.Locale;

/**
 * A data size by the triples it should give once ingested: 100k, 1m, 10m. The number of reports is
 * derived from the measured average of the generator's output (about 200 triples per report), so the sizes are approximate; benchmark results state the real count.
 */
public enum Scale {
    S100K(100_000), S1M(1_000_000), S10M(10_000_000);

    /** Triples per generated report once parsed and described (measured on seed 42: 8,022 triples from the first 40). */
    static final double TRIPLES_PER_REPORT = 200;

    final long triples;

    Scale(long triples) {
        this.triples = triples;
    }

    int reports() { return (int) Math.round(triples / TRIPLES_PER_REPORT); }

    public String label() { return name().substring(1).toLowerCase(Locale.ROOT); }

    public static Scale parse(String text) {
        for (Scale s : values()) if (s.label().equalsIgnoreCase(text)) return s;
        throw new IllegalArgumentException("unknown scale '" + text + "': use 100k, 1m or 10m");
    }
}
