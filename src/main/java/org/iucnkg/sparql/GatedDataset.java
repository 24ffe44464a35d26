package org.iucnkg.sparql;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.iucnkg.ingest.StartYears;
import org.iucnkg.validate.ValidationReport;

/**
 * The dataset behind the update and Graph Store paths. A write transaction brings the derived start
 * years in step with the dates, then commits only if the {@link WriteGate} accepts the data as it would
 * be; otherwise it is aborted, and the refusal is kept for the request's thread (a transaction belongs
 * to one thread) where {@link GatedWrites} answers it.
 * Reads of the default graph see the union of the named graphs, as queries do.
 */
class GatedDataset extends DatasetGraphWrapper {
    private static final ThreadLocal<ValidationReport> REFUSED = new ThreadLocal<>();

    private final WriteGate gate;
    private final Runnable afterWrite;

    GatedDataset(DatasetGraph data, WriteGate gate, Runnable afterWrite) {
        super(data);
        this.gate = gate;
        this.afterWrite = afterWrite;
    }

    WriteGate gate() {
        return gate;
    }

    @Override
    public Graph getDefaultGraph() {
        boolean reading = isInTransaction() && transactionMode() == ReadWrite.READ;
        return reading ? getUnionGraph() : super.getDefaultGraph();
    }

    @Override
    public void commit() {
        boolean writing = transactionMode() == ReadWrite.WRITE;
        if (writing) {
            StartYears.keepInStep(get()); // derived from the dates, which the write may have changed
            Optional<ValidationReport> refusal = gate.refusal(get());
            if (refusal.isPresent()) {
                abort();
                REFUSED.set(refusal.get());
                throw new WriteRefusedException(refusal.get());
            }
        }
        super.commit();
        if (writing) afterWrite.run();
    }

    /** The refusal of the last write on this thread, if any; reading it clears it. */
    static Optional<ValidationReport> takeRefusal() {
        ValidationReport refusal = REFUSED.get();
        REFUSED.remove();
        return Optional.ofNullable(refusal);
    }
}
