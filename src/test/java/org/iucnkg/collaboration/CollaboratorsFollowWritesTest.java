package org.iucnkg.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ranking TDB2 keeps per data version is the one of the data each reader sees: a write is seen by the
 * next reader, not by one that began before it, and a write transaction sees its own changes.
 */
class CollaboratorsFollowWritesTest {
    private static final String ORG = "https://w3id.org/iucn-kg/id/org/";
    private static final String RANKED = """
            PREFIX kgf: <https://w3id.org/iucn-kg/function#>
            SELECT ?iri ?shared { <%s> kgf:collaborators (?iri ?shared ?rank) } ORDER BY ?rank""".formatted(ORG + "a");
    private static final String SHARED_WITH_B = """
            PREFIX kgf: <https://w3id.org/iucn-kg/function#>
            SELECT ?instrument { (<%s> <%s>) kgf:sharedInstruments ?instrument } ORDER BY ?instrument""".formatted(ORG + "a", ORG + "b");

    @TempDir
    Path directory;
    DatasetGraph tdb2;

    @BeforeEach
    void twoInstruments() {
        tdb2 = DatabaseMgr.connectDatasetGraph(directory.toString());
        Txn.executeWrite(tdb2, () -> {
            worksOn("report-1", "a", "res-1");
            worksOn("report-1", "b", "res-1");
            worksOn("report-2", "a", "res-2");
            worksOn("report-2", "b", "res-2");
            worksOn("report-3", "c", "res-3");
            for (String org : List.of("a", "b", "c", "d")) label(org, "Organisation " + org.toUpperCase());
        });
    }

    @AfterEach
    void close() {
        tdb2.close();
    }

    @Test
    void aWriteIsSeenByTheNextReaderAndNotByOneThatBeganBefore() throws Exception {
        assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).containsExactly(ORG + "b 2");
        tdb2.begin(ReadWrite.READ);
        try {
            assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).containsExactly(ORG + "b 2");
            // another thread commits c on res-1 while this reader is open
            CompletableFuture.runAsync(() -> Txn.executeWrite(tdb2, () -> worksOn("report-4", "c", "res-1"))).get();
            assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).as("the reader that began before").containsExactly(ORG + "b 2");
            // a reader of the new version, on another thread, now keeps the new version's counts
            assertThat(CompletableFuture.supplyAsync(() -> CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).get())
                    .containsExactly(ORG + "b 2", ORG + "c 1");
            assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).as("the reader that began before, again").containsExactly(ORG + "b 2");
            assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, SHARED_WITH_B)).as("what it shares, as it was").containsExactly(
                    "https://w3id.org/iucn-kg/id/instrument/res-1", "https://w3id.org/iucn-kg/id/instrument/res-2");
        } finally {
            tdb2.end();
        }
        assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).as("the next reader").containsExactly(ORG + "b 2", ORG + "c 1");
    }

    @Test
    void aWriteTransactionSeesItsOwnChanges() {
        assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).containsExactly(ORG + "b 2");
        tdb2.begin(ReadWrite.WRITE);
        try {
            worksOn("report-5", "d", "res-2");
            assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).containsExactly(ORG + "b 2", ORG + "d 1");
        } finally {
            tdb2.abort();
            tdb2.end();
        }
        assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).containsExactly(ORG + "b 2");
    }

    @Test
    void warmingKeepsTheCurrentVersionAndAWriteLeavesItBehind() {
        assertThat(Snapshots.keptVersion(tdb2)).as("nothing read yet").isEmpty();
        Snapshots.warm(tdb2);
        long warmed = Snapshots.keptVersion(tdb2).orElseThrow();
        assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).containsExactly(ORG + "b 2");
        assertThat(Snapshots.keptVersion(tdb2)).as("the reader used the warmed one").hasValue(warmed);
        Txn.executeWrite(tdb2, () -> worksOn("report-4", "c", "res-1"));
        assertThat(CollaboratorsOnTheSeedsTest.rows(tdb2, RANKED)).containsExactly(ORG + "b 2", ORG + "c 1");
        assertThat(Snapshots.keptVersion(tdb2).orElseThrow()).as("read again after the write").isGreaterThan(warmed);
    }

    private void worksOn(String graph, String org, String instrument) {
        tdb2.add(iri("https://w3id.org/iucn-kg/graph/" + graph), iri(ORG + org), IKG.worksOn.asNode(),
                iri("https://w3id.org/iucn-kg/id/instrument/" + instrument));
    }

    private void label(String org, String label) {
        tdb2.add(iri("https://w3id.org/iucn-kg/graph/reference"), iri(ORG + org), RDFS.label.asNode(), NodeFactory.createLiteralString(label));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
