package org.iucnkg.cli;

/** Entry point of the command line (ingest, validate, parse, export, query). */
public final class KgCli {
    private KgCli() {}

    /** Runs one command and returns its exit code. */
    public static int run(String[] args) {
        throw new UnsupportedOperationException("the command line is not built yet");
    }
}
