package org.iucnkg.ingest.resolve;

import java.util.Comparator;

/**
 * When a name or an organisation joined the index, as the order a full rebuild would add it in: blocked
 * phrases, then the reference tables row by row, then the store by organisation IRI (labels, altLabels,
 * acronyms, each sorted), then this ingest in turn. Ties between organisations go to the lower rank, so
 * an index kept up to date step by step answers as one built in one go.
 */
record Rank(int phase, long number, String key) implements Comparable<Rank> {
    static final Rank NONE = new Rank(-2, 0, "");
    private static final Comparator<Rank> ORDER = Comparator.comparingInt(Rank::phase)
            .thenComparingLong(Rank::number).thenComparing(Rank::key);

    static Rank blocked(long number) { return new Rank(-1, number, ""); }

    static Rank reference(long row) { return new Rank(0, row, ""); }

    /** {@code kind}: 0 for a label, 1 an altLabel, 2 an acronym; {@code value} empty for the organisation itself. */
    static Rank store(String iri, int kind, String value) { return new Rank(1, 0, iri + '\u0000' + kind + '\u0000' + value); }

    static Rank ingest(long number) { return new Rank(2, number, ""); }

    @Override
    public int compareTo(Rank other) { return ORDER.compare(this, other); }
}
