package org.iucnkg.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.iucnkg.plan.Planner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of the durable dataset in Jena's transactional in-memory dataset, which answers every read.
 * Each change is applied in one write transaction, so readers see all of a write or none of it; if
 * applying one fails, the copy is loaded again from the durable dataset.
 */
final class ReadMirror {
    private static final Logger LOG = LoggerFactory.getLogger(ReadMirror.class);

    private final DatasetGraph durable;
    private final DatasetGraph memory = DatasetGraphFactory.createTxnMem();
    private final DatasetGraph reads;
    /** Held from the start of a durable write until the copy has it, so the copy applies writes in TDB2's order. */
    private final ReentrantLock writers = new ReentrantLock();

    private ReadMirror(DatasetGraph durable, TextIndex textIndex) {
        this.durable = durable;
        Context context = Planner.install(Context.create());
        context.set(TDB2.symUnionDefaultGraph, true);
        if (textIndex != null) context.set(TextQuery.textIndex, textIndex); // text:query answers from the durable store's index
        this.reads = new UnionDefaultGraph(memory, context);
    }

    /** A mirror of {@code durable}, loaded; {@code textIndex} (or null) answers {@code text:query} on it. */
    static ReadMirror load(DatasetGraph durable, TextIndex textIndex) {
        ReadMirror mirror = new ReadMirror(durable, textIndex);
        mirror.reload();
        return mirror;
    }

    ReentrantLock writers() {
        return writers;
    }

    /** The dataset readers use: the copy, its default graph the union of its named graphs. */
    DatasetGraph reads() {
        return reads;
    }

    void replace(Map<String, Graph> graphs) {
        apply(() -> TdbStore.replace(memory, graphs));
    }

    void drop(String graphName) {
        apply(() -> memory.removeGraph(NodeFactory.createURI(graphName)));
    }

    /** Replays the changes a committed write transaction made on the durable dataset. */
    void replay(List<Change> changes) {
        if (!changes.isEmpty()) apply(() -> changes.forEach(change -> change.applyTo(memory)));
    }

    private void apply(Runnable change) {
        try {
            Txn.executeWrite(memory, change);
        } catch (RuntimeException e) {
            LOG.warn("Could not apply a write to the in-memory read copy ({}): loading it again from the store", e.toString());
            reload();
        }
    }

    /** Loads the whole durable dataset, replacing what the copy held. */
    synchronized void reload() {
        long started = System.nanoTime();
        long[] quads = {0};
        Txn.executeRead(durable, () -> Txn.executeWrite(memory, () -> {
            memory.clear();
            durable.find().forEachRemaining(quad -> {
                memory.add(quad);
                quads[0]++;
            });
        }));
        Runtime runtime = Runtime.getRuntime();
        LOG.info("In-memory read copy loaded: {} quads in {} ms (heap in use {} MB)", quads[0],
                (System.nanoTime() - started) / 1_000_000, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /**
     * Reads of the default graph see the union of the named graphs, as on TDB2 with its union default graph.
     * A view, so that the query engine runs on it rather than unwrapping it.
     */
    private static final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        UnionDefaultGraph(DatasetGraph data, Context context) {
            super(data, context);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }
}
