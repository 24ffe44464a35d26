package org.iucnkg.collaboration;

import java.util.Optional;
import java.util.OptionalLong;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * The {@link SharedWork} of a TDB2 database at its latest data version. TDB2 numbers every committed write
 * and tells each transaction which number it reads, so a reader is given the snapshot of exactly the data
 * it sees: one full read per write, shared by every request until the next.
 */
final class Snapshots {
    private static final Symbol KEPT = Symbol.create("https://w3id.org/iucn-kg/function#sharedWork");

    private record Kept(long version, SharedWork work) {}

    private volatile Kept latest;

    private Snapshots() {}

    /**
     * The snapshot for the read transaction of this thread on {@code data}; empty where there is none to key
     * it by: not TDB2 (the in-memory copy), no transaction, a write transaction, which sees its own changes, or
     * a reader of an older version than the one kept (one that began before a write), which reads around
     * what it asks instead of reading the whole store for itself.
     */
    static Optional<SharedWork> forReader(DatasetGraph data) {
        DatasetGraphTDB tdb = tdb2Under(data);
        if (tdb == null) return Optional.empty();
        Transaction reading = tdb.getTxnSystem().getThreadTransaction();
        if (reading == null || reading.isWriteTxn()) return Optional.empty();
        return of(tdb).at(reading.getDataVersion(), data);
    }

    /** Reads the snapshot of {@code data}'s current version if it is TDB2, so that the first reader does not wait for it. */
    static void warm(DatasetGraph data) {
        Txn.executeRead(data, () -> forReader(data));
    }

    /** The data version of the snapshot kept for {@code data}; empty if none is (or it is not TDB2). */
    static OptionalLong keptVersion(DatasetGraph data) {
        DatasetGraphTDB tdb = tdb2Under(data);
        if (tdb == null) return OptionalLong.empty();
        Kept kept = of(tdb).latest;
        return kept == null ? OptionalLong.empty() : OptionalLong.of(kept.version());
    }

    /** The TDB2 database under {@code data}'s wrappers (text index, gate, switchable); null if there is none. */
    private static DatasetGraphTDB tdb2Under(DatasetGraph data) {
        return DatasetGraphWrapper.unwrap(data) instanceof DatasetGraphTDB tdb ? tdb : null;
    }

    private static Snapshots of(DatasetGraphTDB tdb) {
        synchronized (tdb) {
            Snapshots kept = tdb.getContext().get(KEPT);
            if (kept == null) {
                kept = new Snapshots();
                tdb.getContext().set(KEPT, kept);
            }
            return kept;
        }
    }

    /** Read once per version, by the first reader of a version newer than the one kept; none for an older one. */
    private Optional<SharedWork> at(long version, DatasetGraph data) {
        Kept kept = latest;
        if (kept != null && kept.version() == version) return Optional.of(kept.work());
        synchronized (this) {
            kept = latest;
            if (kept != null && kept.version() >= version) return kept.version() == version ? Optional.of(kept.work()) : Optional.empty();
            latest = new Kept(version, SharedWork.of(data));
            return Optional.of(latest.work());
        }
    }
}
