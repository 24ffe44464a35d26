package org.iucnkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.iucnkg.ingest.IngestRefusedException;
import org.iucnkg.ingest.Ingestor;
import org.iucnkg.ingest.SourceOutcome;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Parses, validates and stores source documents, each in its own named graph.")
final class IngestCommand implements Callable<Integer> {
    /** Files read into memory at a time in bulk mode. */
    static final int BULK_CHUNK = 5_000;

    private final Console console;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Source documents (.txt) to ingest; a directory stands for the .txt files in it.")
    List<Path> files;

    @Option(names = "--bulk", description = "Many documents at once: checked by the shapes in batches and written in one"
            + " transaction per batch, with the same outcome for each document; much faster for hundreds of files.")
    boolean bulk;

    @Mixin StoreOption store;
    @Mixin CommonOptions common;

    IngestCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IngestRefusedException {
        List<Path> sources = SourceFiles.expand(files);
        try (TdbStore opened = store.openOrCreate()) {
            Ingestor ingestor = Ingestor.create(common.iris(), opened);
            List<String> loaded = ingestor.ensureBaseGraphs();
            if (!loaded.isEmpty()) console.err().println("loaded the base graphs " + String.join(", ", loaded));
            var tally = new IngestTally(console, common.verbose, sources.size());
            int chunk = bulk ? BULK_CHUNK : 1;
            for (int from = 0; from < sources.size(); from += chunk) {
                ingest(ingestor, sources.subList(from, Math.min(sources.size(), from + chunk)), from, tally);
            }
            console.err().println(tally.summary(store.directory));
            return tally.exitCode();
        }
    }

    /** Reads the files and ingests the readable ones, reporting every file in order (an unreadable one in its place). */
    private void ingest(Ingestor ingestor, List<Path> chunk, int offset, IngestTally tally) {
        List<SourceText> readable = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : chunk) {
            try {
                readable.add(SourceText.of(file));
                unreadable.add(null);
            } catch (IOException e) {
                unreadable.add(FileProblems.why(e));
            }
        }
        var lines = new ChunkLines(chunk, unreadable, offset, tally);
        if (bulk) ingestor.ingestAll(readable, lines::report);
        else readable.forEach(s -> lines.report(one(ingestor, s)));
        lines.report(null);
    }

    private static SourceOutcome one(Ingestor ingestor, SourceText source) {
        try {
            return new SourceOutcome(source.fileName(), ingestor.ingest(source), null, null);
        } catch (IngestRefusedException e) {
            return new SourceOutcome(source.fileName(), null, e, null);
        } catch (RuntimeException e) {
            // A bug met on one document must not stop the others.
            return new SourceOutcome(source.fileName(), null, null, e);
        }
    }

    /** The progress lines of one chunk of files, in file order. */
    private static final class ChunkLines {
        private final List<Path> chunk;
        private final List<String> unreadable;
        private final int offset;
        private final IngestTally tally;
        private int next;

        ChunkLines(List<Path> chunk, List<String> unreadable, int offset, IngestTally tally) {
            this.chunk = chunk;
            this.unreadable = unreadable;
            this.offset = offset;
            this.tally = tally;
        }

        /** Reports the unreadable files before the next readable one, then its outcome (null: to the end). */
        void report(SourceOutcome outcome) {
            for (; next < chunk.size() && unreadable.get(next) != null; next++) tally.unreadable(where(next), unreadable.get(next));
            if (outcome != null) tally.report(where(next++), outcome);
        }

        private String where(int i) {
            return "[%d/%d] %s: ".formatted(offset + i + 1, tally.files(), chunk.get(i).getFileName());
        }
    }
}
