package org.iucnkg.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** The embedded store: a TDB2 database in one directory, its default graph the union of the named graphs. */
public final class TdbStore implements KgStore {
    private final DatasetGraph dataset;
    private final AtomicLong version = new AtomicLong(System.currentTimeMillis());

    private TdbStore(DatasetGraph dataset) {
        this.dataset = dataset;
        // Queries without GRAPH see every named graph, as CORE-MODEL promises.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) the database in {@code directory}. TDB2 locks it: one process per directory. */
    public static TdbStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new TdbStore(DatabaseMgr.connectDatasetGraph(directory.toString()));
    }

    /** Wraps a dataset that is already open (a text-indexed TDB2 dataset, for instance). */
    public static TdbStore wrap(DatasetGraph dataset) {
        return new TdbStore(Objects.requireNonNull(dataset, "dataset"));
    }

    @Override
    public RDFLink link() {
        return RDFLinkFactory.connect(dataset);
    }

    @Override
    public void replaceGraph(String graphName, Graph content) {
        Txn.executeWrite(dataset, () -> {
            var name = NodeFactory.createURI(graphName);
            dataset.removeGraph(name);
            content.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        version.incrementAndGet();
    }

    @Override
    public void dropGraph(String graphName) {
        Txn.executeWrite(dataset, () -> dataset.removeGraph(NodeFactory.createURI(graphName)));
        version.incrementAndGet();
    }

    @Override
    public long version() {
        return version.get();
    }

    /** Writes made directly on the local dataset (Fuseki's update and Graph Store paths) report here. */
    public void changed() {
        version.incrementAndGet();
    }

    @Override
    public Optional<DatasetGraph> local() {
        return Optional.of(dataset);
    }

    @Override
    public void close() {
        dataset.close();
    }
}
