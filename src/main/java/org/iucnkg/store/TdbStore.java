package org.iucnkg.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
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
import org.iucnkg.plan.Planner;

/**
 * The embedded store: a TDB2 database in one directory, its default graph the union of the named graphs.
 * Its version is kept in the directory (see {@link StoreVersion}).
 */
public final class TdbStore implements LocalStore {
    private final DatasetGraph dataset;
    private final StoreVersion version;

    private TdbStore(DatasetGraph dataset, StoreVersion version) {
        this.dataset = dataset;
        this.version = version;
        // Queries without GRAPH see every named graph, as CORE-MODEL promises.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Planner.install(dataset.getContext());
    }

    /**
     * Opens (or creates) the database in {@code directory}. TDB2 locks it: one process per directory,
     * and within a process one open store per directory, since closing it releases the directory.
     */
    public static TdbStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return wrap(DatabaseMgr.connectDatasetGraph(directory.toString()), directory);
    }

    /** A database in memory, gone when closed: for dry runs that need a store but never write to it. */
    public static TdbStore inMemory() {
        return new TdbStore(DatabaseMgr.createDatasetGraph(), StoreVersion.inMemory());
    }

    /** Wraps a dataset that is already open (a text-indexed TDB2 dataset, for instance) whose version is not kept. */
    public static TdbStore wrap(DatasetGraph dataset) {
        return new TdbStore(Objects.requireNonNull(dataset, "dataset"), StoreVersion.inMemory());
    }

    /** Wraps a dataset that is already open, keeping its version in {@code directory}. */
    public static TdbStore wrap(DatasetGraph dataset, Path directory) {
        return new TdbStore(Objects.requireNonNull(dataset, "dataset"), StoreVersion.in(directory));
    }

    /** Whether the store holds more than {@code quads} quads; reads no further than that. */
    boolean holdsMoreThan(long quads) {
        return Txn.calculateRead(dataset, () -> Iter.count(Iter.limit(dataset.find(), quads + 1)) > quads);
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
        Txn.executeWrite(dataset, () -> replace(dataset, graphs));
        version.bump();
    }

    @Override
    public void dropGraph(String graphName) {
        Txn.executeWrite(dataset, () -> dataset.removeGraph(NodeFactory.createURI(graphName)));
        version.bump();
    }

    /** Replaces the named graphs of {@code dataset}, inside a write transaction on it. */
    static void replace(DatasetGraph dataset, Map<String, Graph> graphs) {
        graphs.forEach((graphName, content) -> {
            var name = NodeFactory.createURI(graphName);
            dataset.removeGraph(name);
            content.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    @Override
    public long version() {
        return version.current();
    }

    StoreVersion versions() {
        return version;
    }

    @Override
    public DatasetGraph writes() {
        return dataset;
    }

    @Override
    public void changed() {
        version.bump();
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
