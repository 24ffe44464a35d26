package org.iucnkg.sparql;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.text.changes.DatasetGraphTextMonitor;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL Update on a {@link GatedDataset}. It runs on the dataset underneath, so that TDB2's own query
 * engine evaluates WHERE clauses (with the union default graph), while commits still pass the gate.
 * LOAD would make the server fetch any URL, or read local files: it is refused unless enabled.
 */
final class GatedUpdateEngine implements UpdateEngineFactory {
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    static void register() {
        if (REGISTERED.compareAndSet(false, true)) UpdateEngineRegistry.addFactory(new GatedUpdateEngine());
    }

    @Override
    public boolean accept(DatasetGraph dataset, Context context) {
        return dataset instanceof GatedDataset;
    }

    @Override
    public UpdateEngine create(DatasetGraph dataset, Binding inputBinding, Context context) {
        GatedDataset gated = (GatedDataset) dataset;
        boolean loadAllowed = gated.gate().loadAllowed();
        return new UpdateEngineMain(target(gated), inputBinding, context) {
            @Override
            protected UpdateVisitor prepareWorker() {
                return new UpdateEngineWorker(datasetGraph, inputBinding, context) {
                    @Override
                    public void visit(UpdateLoad load) {
                        if (!loadAllowed)
                            throw new QueryBuildException("LOAD is not allowed on this service (it would fetch <" + load.getSource()
                                    + ">): send the data with the Graph Store Protocol instead.");
                        super.visit(load);
                    }
                };
            }
        };
    }

    /** The dataset under the gate, but not under a change monitor (a text index, the read copy): they must see the changes. */
    private static DatasetGraph target(GatedDataset gated) {
        DatasetGraph dataset = gated.getWrapped();
        while (!(dataset instanceof DatasetGraphTextMonitor) && dataset instanceof DatasetGraphWrapper wrapper) dataset = wrapper.getWrapped();
        return dataset;
    }
}
