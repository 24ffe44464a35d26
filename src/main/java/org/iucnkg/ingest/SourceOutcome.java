package org.iucnkg.ingest;

import java.util.Objects;

/**
 * What became of one document of a bulk ingest: ingested ({@link #result}), refused with the reason a
 * single ingest would give ({@link #refusal}), or failed on a bug ({@link #failure}). Exactly one is set.
 */
public record SourceOutcome(String fileName, IngestResult result, IngestRefusedException refusal, RuntimeException failure) {

    public SourceOutcome {
        Objects.requireNonNull(fileName, "fileName");
        int set = (result != null ? 1 : 0) + (refusal != null ? 1 : 0) + (failure != null ? 1 : 0);
        if (set != 1) throw new IllegalArgumentException("an outcome is one of ingested, refused or failed");
    }

    static SourceOutcome ingested(SourceText source, IngestResult result) { return new SourceOutcome(source.fileName(), result, null, null); }

    static SourceOutcome refused(SourceText source, IngestRefusedException refusal) { return new SourceOutcome(source.fileName(), null, refusal, null); }

    static SourceOutcome failed(SourceText source, RuntimeException failure) { return new SourceOutcome(source.fileName(), null, null, failure); }

    public boolean ingested() { return result != null; }
}
