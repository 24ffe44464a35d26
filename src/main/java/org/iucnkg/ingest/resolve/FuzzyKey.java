package org.iucnkg.ingest.resolve;

/**
 * A normalised name with what rules out a near match cheaply, before the edit distance is computed:
 * its length and how often each character occurs. An edit changes the length by at most one and the
 * counts by at most two, so names whose lengths or counts differ by more than the edits the
 * similarity allows cannot reach it; the ones left are compared as before.
 */
record FuzzyKey(String normalised, int[] counts) {
    private static final int BUCKETS = 64;

    static FuzzyKey of(String normalised) {
        int[] counts = new int[BUCKETS];
        for (int i = 0; i < normalised.length(); i++) counts[normalised.charAt(i) % BUCKETS]++;
        return new FuzzyKey(normalised, counts);
    }

    int length() { return normalised.length(); }

    /** False when the two cannot have {@link Names#similarity} {@code atLeast} or more. */
    boolean mayReach(FuzzyKey other, double atLeast) {
        int allowed = (int) Math.floor(Math.max(length(), other.length()) * (1 - atLeast));
        if (Math.abs(length() - other.length()) > allowed) return false;
        int differ = 0;
        for (int i = 0; i < BUCKETS; i++) differ += Math.abs(counts[i] - other.counts[i]);
        return (differ + 1) / 2 <= allowed;
    }
}
