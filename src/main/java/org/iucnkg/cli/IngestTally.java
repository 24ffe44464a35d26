package org.iucnkg.cli;

import java.nio.file.Path;

import org.iucnkg.ingest.IngestResult;
import org.iucnkg.ingest.SourceOutcome;

/** The progress lines of one ingest run, and its counts, summary and exit code. */
final class IngestTally {
    private final Console console;
    private final boolean verbose;
    private final int files;
    private int ingested;
    private int refused;
    private int unreadable;
    private int failed;
    private long triples;
    private long warnings;

    IngestTally(Console console, boolean verbose, int files) {
        this.console = console;
        this.verbose = verbose;
        this.files = files;
    }

    int files() { return files; }

    void unreadable(String progress, String why) {
        console.err().println(progress + "cannot read: " + why);
        unreadable++;
    }

    void report(String progress, SourceOutcome outcome) {
        if (outcome.ingested()) {
            IngestResult result = outcome.result();
            console.err().println(progress + result.triples() + " triples, " + plural(result.warnings().size(), "warning"));
            if (verbose) result.warnings().forEach(w -> console.err().println("    warning: " + w));
            ingested++;
            triples += result.triples();
            warnings += result.warnings().size();
        } else if (outcome.refusal() != null) {
            console.err().println(progress + "refused: " + outcome.refusal().getMessage());
            if (verbose) outcome.refusal().violations().forEach(v -> console.err().println("    " + v));
            refused++;
        } else {
            RuntimeException e = outcome.failure();
            console.err().println(progress + "failed unexpectedly: " + e + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) e.printStackTrace(console.err());
            failed++;
        }
    }

    String summary(Path store) {
        return "ingested %d of %s into %s: %s, %s; %d refused, %d unreadable%s".formatted(
                ingested, plural(files, "file"), store, plural(triples, "triple"), plural(warnings, "warning"), refused, unreadable,
                failed > 0 ? ", " + failed + " failed" : "");
    }

    int exitCode() {
        if (failed > 0) return KgCli.FAILED;
        if (unreadable > 0) return KgCli.UNAVAILABLE;
        return refused > 0 ? KgCli.INVALID : KgCli.OK;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
