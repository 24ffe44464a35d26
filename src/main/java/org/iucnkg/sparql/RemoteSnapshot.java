package org.iucnkg.sparql;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.iucnkg.store.RemoteStore;

/**
 * Remote mode: the dataset behind the update and Graph Store paths, so that Fuseki and the write gate
 * work as they do on TDB2. Each transaction works on a fresh in-memory TDB2 copy of the remote store;
 * committing a write sends the graphs it changed back in one SPARQL Update request. Writes from this
 * process take turns, so none is lost between copy and send.
 */
final class RemoteSnapshot extends DatasetGraphWrapper {
    private final RemoteStore store;
    private final ReentrantLock writers = new ReentrantLock();
    private final ThreadLocal<Copy> current = new ThreadLocal<>();

    /** The working copy of one transaction, and for a write the data as it was fetched. */
    private record Copy(DatasetGraph data, DatasetGraph before) {
        boolean writes() { return before != null; }
    }

    RemoteSnapshot(RemoteStore store) {
        super(null, unionDefaultGraph(Context.create()));
        this.store = store;
    }

    private static Context unionDefaultGraph(Context context) {
        context.set(TDB2.symUnionDefaultGraph, true);
        return context;
    }

    @Override
    protected DatasetGraph get() {
        Copy copy = current.get();
        if (copy == null) throw new JenaTransactionException("The remote store is read and written inside transactions only");
        return copy.data();
    }

    @Override
    public void begin() {
        begin(TxnType.WRITE);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin(TxnType type) {
        boolean writes = type != TxnType.READ;
        if (writes) writers.lock();
        try {
            DatasetGraph fetched = DatasetGraphFactory.create();
            store.copyInto(fetched);
            DatasetGraph data = DatabaseMgr.createDatasetGraph();
            unionDefaultGraph(data.getContext());
            Txn.executeWrite(data, () -> fetched.find().forEachRemaining(data::add));
            data.begin(writes ? TxnType.WRITE : TxnType.READ);
            current.set(new Copy(data, writes ? fetched : null));
        } catch (RuntimeException e) {
            if (writes) writers.unlock();
            throw e;
        }
    }

    @Override
    public boolean promote(Promote mode) {
        return transactionMode() == ReadWrite.WRITE;
    }

    @Override
    public boolean isInTransaction() {
        return current.get() != null;
    }

    @Override
    public void commit() {
        Copy copy = current.get();
        if (copy.writes()) sendChanges(copy);
        copy.data().commit();
    }

    @Override
    public void end() {
        Copy copy = current.get();
        if (copy == null) return;
        current.remove();
        try {
            copy.data().end();
        } finally {
            if (copy.writes()) writers.unlock();
        }
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    private void sendChanges(Copy copy) {
        Set<Node> names = new LinkedHashSet<>();
        copy.before().listGraphNodes().forEachRemaining(names::add);
        copy.data().listGraphNodes().forEachRemaining(names::add);
        Map<Node, Graph> replaced = new LinkedHashMap<>();
        Set<Node> dropped = new LinkedHashSet<>();
        for (Node name : names) {
            Graph after = copy.data().getGraph(name);
            if (after.isEmpty()) {
                if (!copy.before().getGraph(name).isEmpty()) dropped.add(name);
            } else if (!same(copy.before().getGraph(name), after)) {
                replaced.put(name, after);
            }
        }
        store.apply(replaced, dropped);
    }

    private static boolean same(Graph before, Graph after) {
        return before.size() == after.size() && after.stream().allMatch(before::contains);
    }
}
