package org.iucnkg.cli;

import org.iucnkg.model.Iris;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base under which IRIs are minted (default: ${DEFAULT-VALUE}).")
    String baseIri;

    @Option(names = {"-v", "--verbose"}, description = "Show every warning and violation, and stack traces of failures.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    Iris iris() { return new Iris(baseIri); }
}
