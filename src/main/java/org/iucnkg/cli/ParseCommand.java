package org.iucnkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFFormat;
import org.iucnkg.ingest.IngestRefusedException;
import org.iucnkg.ingest.Ingestor;
import org.iucnkg.ingest.ParseOutcome;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse", description = "Dry run: parses and validates one document and prints its graph; no store is touched.")
final class ParseCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "FILE", description = "The source document.")
    Path file;

    /** The formats a parsed graph can be printed in. */
    enum Format {
        ttl(RDFFormat.TURTLE_PRETTY), jsonld(RDFFormat.JSONLD), nq(RDFFormat.NQUADS);

        final RDFFormat rdf;

        Format(RDFFormat rdf) { this.rdf = rdf; }
    }

    @Option(names = "--format", defaultValue = "ttl", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin CommonOptions common;

    ParseCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IngestRefusedException {
        SourceText source;
        try {
            source = SourceText.of(file);
        } catch (IOException e) {
            throw FileProblems.unreadable(file, e);
        }
        // An empty store in memory: a dry run resolves against the reference data alone.
        try (TdbStore nowhere = TdbStore.inMemory()) {
            ParseOutcome outcome = Ingestor.create(common.iris(), nowhere).parse(source);
            RdfOutput.write(console.out(), outcome.dataset().asDatasetGraph(), format.rdf);
            outcome.warnings().forEach(w -> console.err().println("warning: " + w));
            console.err().println(file.getFileName() + ": " + outcome.summary().triples() + " triples in " + outcome.graph());
            return KgCli.OK;
        }
    }
}
