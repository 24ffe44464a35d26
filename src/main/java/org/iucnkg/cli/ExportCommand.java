package org.iucnkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.iucnkg.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Dumps every named graph of the store.")
final class ExportCommand implements Callable<Integer> {
    private final Console console;

    /** The dump formats: both keep the named graphs. */
    enum Format {
        nq(RDFFormat.NQUADS), trig(RDFFormat.TRIG_BLOCKS);

        final RDFFormat rdf;

        Format(RDFFormat rdf) { this.rdf = rdf; }
    }

    @Option(names = "--format", defaultValue = "nq", description = "Dump format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Mixin StoreOption store;
    @Mixin CommonOptions common;

    ExportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try (TdbStore opened = store.openExisting()) {
            DatasetGraph dataset = opened.local().orElseThrow();
            if (output == null) {
                Txn.executeRead(dataset, () -> RdfOutput.write(console.out(), dataset, format.rdf));
                return KgCli.OK;
            }
            try (OutputStream out = Files.newOutputStream(output)) {
                Txn.executeRead(dataset, () -> RdfOutput.write(out, dataset, format.rdf));
            } catch (IOException e) {
                throw new CliFailure(KgCli.UNAVAILABLE, "cannot write " + output + ": " + FileProblems.why(e));
            }
            console.err().println("exported the store at " + store.directory + " to " + output);
            return KgCli.OK;
        }
    }
}
