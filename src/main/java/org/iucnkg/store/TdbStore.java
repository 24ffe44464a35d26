package org.iucnkg.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;

/** The embedded store: a TDB2 database in one directory, its default graph the union of the named graphs. */
public final class TdbStore implements KgStore {
    private final DatasetGraph dataset;
    private final AtomicLong version = new AtomicLong(System.currentTimeMillis());

    private TdbStore(DatasetGraph dataset) {
        this.dataset = dataset;
        // Queries without GRAPH see every named graph, as CORE-MODEL promises.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (or creates) the database in {@code directory}. TDB2 locks it: one process per directory,
     * and within a process one open store per directory, since closing it releases the directory.
     */
    public static TdbStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new TdbStore(DatabaseMgr.connectDatasetGraph(directory.toString()));
    }

    /** A database in memory, gone when closed: for dry runs that need a store but never write to it. */
    public static TdbStore inMemory() {
        return new TdbStore(DatabaseMgr.createDatasetGraph());
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
        replaceGraphs(Map.of(graphName, content));
    }

    /** All in one write transaction: many graphs cost one commit (and one sync to disk), not one each. */
    @Override
    public void replaceGraphs(Map<String, Graph> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((graphName, content) -> {
            var name = NodeFactory.createURI(graphName);
            dataset.removeGraph(name);
            content.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        }));
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

    /** Closes the dataset and releases its directory, so this process (a test, say) can open it again. */
    @Override
    public void close() {
        dataset.close();
        database(dataset).ifPresent(TDBInternal::expel);
    }

    /** The TDB2 database under any wrappers (a text index, for instance), if there is one. */
    private static Optional<DatasetGraph> database(DatasetGraph dsg) {
        DatasetGraph current = dsg;
        while (!(current instanceof DatasetGraphSwitchable) && current instanceof DatasetGraphWrapper wrapper) {
            current = wrapper.getWrapped();
        }
        return TDBInternal.isBackedByTDB(current) ? Optional.of(current) : Optional.empty();
    }
}
