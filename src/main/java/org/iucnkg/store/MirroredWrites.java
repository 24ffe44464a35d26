package org.iucnkg.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.changes.DatasetGraphTextMonitor;
import org.apache.jena.query.text.changes.TextDatasetChanges;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The durable dataset as Fuseki's update and Graph Store paths write it: every quad actually added or
 * deleted is recorded (jena-text's change monitor, the same that feeds the text index), and once the
 * durable transaction has committed, the changes are replayed on the {@link ReadMirror}. A transaction
 * belongs to one thread, so the record is kept per thread.
 */
final class MirroredWrites extends DatasetGraphTextMonitor {
    private static final ThreadLocal<List<Change>> PENDING = ThreadLocal.withInitial(ArrayList::new);

    private final ReadMirror mirror;

    MirroredWrites(DatasetGraph durable, ReadMirror mirror) {
        super(durable, new Recorder(), true);
        this.mirror = mirror;
    }

    @Override
    public void begin(TxnType type) {
        boolean writes = type != TxnType.READ;
        if (writes) mirror.writers().lock();
        try {
            super.begin(type);
        } catch (RuntimeException e) {
            if (writes) mirror.writers().unlock();
            throw e;
        }
        PENDING.get().clear();
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void commit() {
        boolean writing = transactionMode() == ReadWrite.WRITE;
        List<Change> changes = List.copyOf(PENDING.get());
        PENDING.get().clear();
        super.commit();
        if (writing) mirror.replay(changes);
    }

    @Override
    public void abort() {
        PENDING.get().clear();
        super.abort();
    }

    @Override
    public void end() {
        PENDING.remove();
        try {
            super.end();
        } finally {
            if (mirror.writers().isHeldByCurrentThread()) mirror.writers().unlock();
        }
    }

    /** Keeps the real changes (not adds of quads already there, nor deletes of absent ones). */
    private static final class Recorder implements TextDatasetChanges {
        @Override
        public void start() {
            // the transaction methods above clear the record
        }

        @Override
        public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (action == TextQuadAction.ADD || action == TextQuadAction.DELETE)
                PENDING.get().add(new Change(action == TextQuadAction.ADD, Quad.create(g, s, p, o)));
        }

        @Override
        public void finish() {
            // replayed on commit
        }

        @Override
        public void reset() {
            PENDING.get().clear();
        }
    }
}
