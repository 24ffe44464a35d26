package org.iucnkg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.iucnkg.ingest.resolve.ReferenceData;
import org.iucnkg.model.IKG;
import org.iucnkg.store.KgStore;

/**
 * Many documents in batches, with the outcome of ingesting them one by one in the same order. Each
 * batch is parsed in order, resolving against what the store and the earlier documents said
 * ({@link KnownOrganisations}), checked in one pass of the shapes ({@link BatchGate}), and written in
 * one store transaction on a second thread while the next batch is parsed and checked.
 *
 * <p>Documents after a refused one were parsed knowing what the refused one said. Those that met what
 * it alone taught the resolver ({@link Taught}) are parsed again without it; the first whose graph
 * then differs starts the next batch, to be checked again. A store that cannot be written stops the run.
 */
final class BulkIngest {
    /** A batch ends after this many triples or {@link #BATCH_SOURCES} documents. */
    static final long BATCH_TRIPLES = 250_000;
    static final int BATCH_SOURCES = 2_000;

    /** Refuses a document before it is parsed (a name the service keeps for itself). */
    interface Admission {
        void check(SourceText source) throws IngestRefusedException;
    }

    private final SourceGraphs sourceGraphs;
    private final BatchGate gate;
    private final KgStore store;
    private final Admission admission;
    private final ReferenceData reference;

    BulkIngest(SourceGraphs sourceGraphs, BatchGate gate, KgStore store, Admission admission, ReferenceData reference) {
        this.sourceGraphs = sourceGraphs;
        this.reference = reference;
        this.gate = gate;
        this.store = store;
        this.admission = admission;
    }

    /** A draft of the batch, where it comes from, and what it taught the resolver. */
    private record Parsed(int index, SourceGraphs.Draft draft, KnownOrganisations.Change change) {}

    /** Ingests {@code sources} in batches of at most {@code batchSources}; tells {@code progress} each outcome, in order. */
    List<SourceOutcome> run(List<SourceText> sources, int batchSources, Consumer<SourceOutcome> progress) {
        KnownOrganisations known = KnownOrganisations.of(store, reference);
        SourceOutcome[] outcomes = new SourceOutcome[sources.size()];
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bulk-ingest-writer");
            t.setDaemon(true);
            return t;
        });
        Future<?> writing = null;
        int reported = 0;
        int written = 0;
        try {
            int next = 0;
            while (next < sources.size()) {
                List<Parsed> batch = new ArrayList<>();
                int end = parse(sources, next, batchSources, known, outcomes, batch);
                List<Accepted> accepted = new ArrayList<>();
                if (!batch.isEmpty()) end = settle(batch, gate.check(drafts(batch)), known, outcomes, accepted, end);
                await(writing);
                for (; reported < written; reported++) progress.accept(outcomes[reported]);
                writing = accepted.isEmpty() ? null : writer.submit(() -> write(accepted, outcomes));
                written = end;
                next = end;
            }
            await(writing);
            for (; reported < sources.size(); reported++) progress.accept(outcomes[reported]);
        } finally {
            writer.shutdown();
        }
        return List.of(outcomes);
    }

    /**
     * Parses into {@code batch} from {@code from} until it is full and returns where parsing stopped;
     * refusals before the shapes are final and go to {@code outcomes}.
     */
    private int parse(List<SourceText> sources, int from, int batchSources, KnownOrganisations known, SourceOutcome[] outcomes,
                      List<Parsed> batch) {
        long triples = 0;
        int i = from;
        for (; i < sources.size() && triples < BATCH_TRIPLES && batch.size() < batchSources; i++) {
            SourceText source = sources.get(i);
            outcomes[i] = null;
            try {
                admission.check(source);
                SourceGraphs.Draft draft = sourceGraphs.draft(source, known);
                batch.add(new Parsed(i, draft, known.replace(draft.graphName(), draft.graph())));
                triples += draft.graph().size();
            } catch (IngestRefusedException e) {
                outcomes[i] = SourceOutcome.refused(source, e);
            } catch (RuntimeException e) {
                outcomes[i] = SourceOutcome.failed(source, e);
            }
        }
        return i;
    }

    /**
     * Accepts the drafts up to the first refused one. After it, a draft that names no organisation a
     * refused draft taught the resolver was parsed as it would have been without it and keeps its
     * verdict; one that does is parsed again and, if its graph changes, starts the next batch.
     * Returns where the next batch starts.
     */
    private int settle(List<Parsed> batch, List<BatchGate.Verdict> verdicts, KnownOrganisations known,
                       SourceOutcome[] outcomes, List<Accepted> accepted, int end) {
        int firstRefused = 0;
        while (firstRefused < batch.size() && verdicts.get(firstRefused).accepted()) firstRefused++;
        for (int k = 0; k < firstRefused; k++) accepted.add(new Accepted(batch.get(k), verdicts.get(k).warnings()));
        if (firstRefused == batch.size()) return end;
        for (int k = batch.size() - 1; k >= firstRefused; k--) known.undo(batch.get(k).change());
        Taught taught = new Taught();
        for (int k = firstRefused; k < batch.size(); k++) {
            Parsed old = batch.get(k);
            BatchGate.Verdict verdict = verdicts.get(k);
            SourceText source = old.draft().source();
            SourceGraphs.Draft draft = old.draft();
            if (taught.reachedBy(draft.graph())) {
                try {
                    draft = sourceGraphs.draft(source, known);
                } catch (IngestRefusedException | RuntimeException e) {
                    return old.index();
                }
                if (!sameStatements(draft.graph(), old.draft().graph())) return old.index();
            }
            if (verdict.accepted()) {
                known.replace(draft.graphName(), draft.graph());
                accepted.add(new Accepted(new Parsed(old.index(), draft, null), verdict.warnings()));
            } else {
                taught.add(old.change(), known.graph());
                outcomes[old.index()] = SourceOutcome.refused(source, verdict.refusal());
            }
        }
        return end;
    }

    /** A draft the shapes accepted, with their warnings. */
    private record Accepted(Parsed parsed, List<String> warnings) {}

    private void write(List<Accepted> accepted, SourceOutcome[] outcomes) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        List<ParseOutcome> finished = new ArrayList<>();
        for (Accepted a : accepted) {
            ParseOutcome outcome = sourceGraphs.finish(a.parsed().draft(), a.warnings());
            finished.add(outcome);
            graphs.put(outcome.graph(), outcome.model().getGraph());
        }
        try {
            store.replaceGraphs(graphs);
        } catch (RuntimeException e) {
            accepted.forEach(a -> outcomes[a.parsed().index()] = SourceOutcome.failed(a.parsed().draft().source(), e));
            throw e;
        }
        for (int k = 0; k < accepted.size(); k++) {
            outcomes[accepted.get(k).parsed().index()] = SourceOutcome.ingested(accepted.get(k).parsed().draft().source(), finished.get(k).summary());
        }
    }

    private static void await(Future<?> writing) {
        if (writing == null) return;
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The same statements but for the time stamp of the source document (each parse takes its own). */
    private static boolean sameStatements(Graph a, Graph b) {
        if (a.size() != b.size()) return false;
        Node stamp = IKG.ingestedAt.asNode();
        return a.find().filterDrop(t -> t.getPredicate().equals(stamp)).filterDrop(b::contains).toList().isEmpty();
    }

    private static List<SourceGraphs.Draft> drafts(List<Parsed> batch) {
        return batch.stream().map(Parsed::draft).toList();
    }
}
