package org.iucnkg.store;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The embedded store with its reads served from an in-memory copy ({@link ReadMirror}). Every write goes
 * to TDB2 first; once TDB2 has committed it, the same change is applied to the copy in one transaction,
 * and only then does the version move on, so a reader that sees the new version sees the new data.
 */
public final class MirroredStore implements LocalStore {
    private final TdbStore durable;
    private final ReadMirror mirror;
    private final MirroredWrites writes;

    MirroredStore(TdbStore durable, ReadMirror mirror) {
        this.durable = durable;
        this.mirror = mirror;
        this.writes = new MirroredWrites(durable.writes(), mirror);
    }

    /** Copies the durable store into memory; {@code textIndex} (or null) answers {@code text:query} on the copy. */
    public static MirroredStore over(TdbStore durable, TextIndex textIndex) {
        return new MirroredStore(durable, ReadMirror.load(durable.writes(), textIndex));
    }

    @Override
    public RDFLink link() {
        return RDFLinkFactory.connect(mirror.reads());
    }

    @Override
    public void replaceGraph(String graphName, Graph content) {
        replaceGraphs(Map.of(graphName, content));
    }

    @Override
    public void replaceGraphs(Map<String, Graph> graphs) {
        inOrder(() -> {
            Txn.executeWrite(durable.writes(), () -> TdbStore.replace(durable.writes(), graphs));
            mirror.replace(graphs);
        });
    }

    @Override
    public void dropGraph(String graphName) {
        inOrder(() -> {
            Txn.executeWrite(durable.writes(), () -> durable.writes().removeGraph(NodeFactory.createURI(graphName)));
            mirror.drop(graphName);
        });
    }

    /** One write to TDB2 and then the copy, while no other write runs; then the version moves on. */
    private void inOrder(Runnable write) {
        mirror.writers().lock();
        try {
            write.run();
            changed();
        } finally {
            mirror.writers().unlock();
        }
    }

    @Override
    public long version() {
        return durable.version();
    }

    /** The in-memory copy, which answers queries. */
    @Override
    public Optional<DatasetGraph> local() {
        return Optional.of(mirror.reads());
    }

    /** TDB2, recording what each transaction changes so that the copy follows. */
    @Override
    public DatasetGraph writes() {
        return writes;
    }

    @Override
    public void changed() {
        durable.versions().bump();
    }

    @Override
    public void close() {
        durable.close();
    }

    @Override
    public String toString() {
        return "TDB2 with an in-memory read copy";
    }
}
