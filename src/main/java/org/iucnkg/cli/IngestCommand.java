package org.iucnkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.iucnkg.ingest.IngestRefusedException;
import org.iucnkg.ingest.IngestResult;
import org.iucnkg.ingest.Ingestor;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Parses, validates and stores source documents, each in its own named graph.")
final class IngestCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Source documents (.txt) to ingest.")
    List<Path> files;

    @Mixin StoreOption store;
    @Mixin CommonOptions common;

    IngestCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IngestRefusedException {
        try (TdbStore opened = store.openOrCreate()) {
            Ingestor ingestor = Ingestor.create(common.iris(), opened);
            List<String> loaded = ingestor.ensureBaseGraphs();
            if (!loaded.isEmpty()) console.err().println("loaded the base graphs " + String.join(", ", loaded));
            var tally = new Tally();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                ingestOne(ingestor, file, "[%d/%d] %s: ".formatted(i + 1, files.size(), file.getFileName()), tally);
            }
            console.err().println(tally.summary(files.size(), store.directory));
            return tally.exitCode();
        }
    }

    private void ingestOne(Ingestor ingestor, Path file, String progress, Tally tally) {
        SourceText source;
        try {
            source = SourceText.of(file);
        } catch (IOException e) {
            console.err().println(progress + "cannot read: " + FileProblems.why(e));
            tally.unreadable++;
            return;
        }
        try {
            IngestResult result = ingestor.ingest(source);
            console.err().println(progress + result.triples() + " triples, " + Tally.plural(result.warnings().size(), "warning"));
            if (common.verbose) result.warnings().forEach(w -> console.err().println("    warning: " + w));
            tally.add(result);
        } catch (IngestRefusedException e) {
            console.err().println(progress + "refused: " + e.getMessage());
            if (common.verbose) e.violations().forEach(v -> console.err().println("    " + v));
            tally.refused++;
        } catch (RuntimeException e) {
            // A bug met on one document must not stop the others.
            console.err().println(progress + "failed unexpectedly: " + e + (common.verbose ? "" : " (run with --verbose for details)"));
            if (common.verbose) e.printStackTrace(console.err());
            tally.failed++;
        }
    }

    /** Counts over one run. */
    private static final class Tally {
        int ingested;
        int refused;
        int unreadable;
        int failed;
        long triples;
        long warnings;

        void add(IngestResult result) {
            ingested++;
            triples += result.triples();
            warnings += result.warnings().size();
        }

        String summary(int files, Path store) {
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
}
