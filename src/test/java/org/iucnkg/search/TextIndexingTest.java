package org.iucnkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.FSDirectory;
import org.iucnkg.model.Iris;
import org.iucnkg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The text index of a real TDB2 store in a temporary directory: writes through the store update it, the
 * default graph is still the union, and an index that is missing or behind the store is rebuilt on open.
 */
class TextIndexingTest {
    static final String A = "https://w3id.org/iucn-kg/graph/a";
    static final String B = "https://w3id.org/iucn-kg/graph/b";
    static final String NWC = "<https://w3id.org/iucn-kg/id/org/nwc> <http://www.w3.org/2000/01/rdf-schema#label> \"National Whistleblower Center\" .";
    static final String REPORT = "<https://w3id.org/iucn-kg/id/report/r> <https://w3id.org/iucn-kg/ontology#results>"
            + " \"The centre circulated the resolution to whistleblowers and journalists.\" .";
    static final String SEARCH = "PREFIX text: <http://jena.apache.org/text#>"
            + " SELECT ?s WHERE { ?s text:query \"whistleblower\" } ORDER BY ?s";
    static final String REPORTS = "PREFIX text: <http://jena.apache.org/text#>"
            + " SELECT ?s WHERE { ?s text:query \"+(whistleblower) +(kind:is-report kind:is-unminted)^0\" } ORDER BY ?s";
    static final String UNMINTED = "<http://example.org/fund> <http://www.w3.org/2000/01/rdf-schema#label> \"Whistleblower Fund\" .";
    static final String PARAGRAPH = "<https://w3id.org/iucn-kg/id/instrument/wcc-2020-res-054/paragraph/2>"
            + " <https://schema.org/text> \"Calls on whistleblower protection.\" .";

    @TempDir
    Path dir;

    TdbStore open() {
        return TdbStore.wrap(TextIndexing.open(dir.resolve("tdb2"), dir.resolve("tdb2/text-index"), Iris.standard()));
    }

    @Test
    void writesThroughTheStoreUpdateTheIndexGraphByGraph() {
        try (TdbStore store = open()) {
            store.replaceGraph(A, turtle(NWC));
            store.replaceGraph(B, turtle(NWC + REPORT));
            // stemmed: "whistleblowers" in the narrative matches too
            assertThat(select(store, SEARCH)).containsExactly("https://w3id.org/iucn-kg/id/org/nwc", "https://w3id.org/iucn-kg/id/org/nwc",
                    "https://w3id.org/iucn-kg/id/report/r");
            // the default graph is the union: the label stated in both graphs is one triple
            assertThat(select(store, "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"))
                    .containsExactly("National Whistleblower Center");
            store.dropGraph(B);
            // the label stated in graph A is still found; the narrative of graph B is gone
            assertThat(select(store, SEARCH)).containsExactly("https://w3id.org/iucn-kg/id/org/nwc");
        }
    }

    @Test
    void aMissingIndexIsBuiltFromTheStore() {
        try (TdbStore store = open()) {
            store.replaceGraph(A, turtle(NWC + REPORT));
        }
        FileSystemUtils.deleteRecursively(dir.resolve("tdb2/text-index").toFile());
        try (TdbStore store = open()) {
            assertThat(select(store, SEARCH)).containsExactly("https://w3id.org/iucn-kg/id/org/nwc", "https://w3id.org/iucn-kg/id/report/r");
        }
    }

    @Test
    void anIndexBehindTheStoreIsRebuilt() {
        try (TdbStore store = open()) {
            store.replaceGraph(A, turtle(NWC));
        }
        // the command line writes without the index
        try (TdbStore plain = TdbStore.open(dir.resolve("tdb2"))) {
            plain.replaceGraph(B, turtle(REPORT));
        }
        try (TdbStore store = open()) {
            assertThat(select(store, SEARCH)).containsExactly("https://w3id.org/iucn-kg/id/org/nwc", "https://w3id.org/iucn-kg/id/report/r");
        }
    }

    @Test
    void eachTextCarriesTheKindItsSubjectsIriTells() {
        try (TdbStore store = open()) {
            store.replaceGraph(A, turtle(NWC + REPORT + PARAGRAPH + UNMINTED));
            // the report, and the subject the base does not mint (its class decides in the search)
            assertThat(select(store, REPORTS)).containsExactly("http://example.org/fund", "https://w3id.org/iucn-kg/id/report/r");
            assertThat(select(store, REPORTS.replace("report", "paragraph")))
                    .containsExactly("http://example.org/fund", "https://w3id.org/iucn-kg/id/instrument/wcc-2020-res-054/paragraph/2");
            assertThat(select(store, REPORTS.replace("report", "organisation")))
                    .containsExactly("http://example.org/fund", "https://w3id.org/iucn-kg/id/org/nwc");
            // the kind clause weighs nothing: the report's score is the one of q alone
            String score = "PREFIX text: <http://jena.apache.org/text#> SELECT ?score WHERE { (?s ?score) text:query \"%s\""
                    + " FILTER(?s = <https://w3id.org/iucn-kg/id/report/r>) }";
            assertThat(select(store, score.formatted("+(whistleblower) +(kind:is-report kind:is-unminted)^0")))
                    .isEqualTo(select(store, score.formatted("whistleblower")));
        }
    }

    @Test
    void anIndexWrittenWithoutKindsIsRebuilt() {
        // as the index was written before its texts carried their kind
        Path index = dir.resolve("tdb2/text-index");
        var plain = new TextIndexLucene(directory(index), TextIndexing.config());
        try (TdbStore store = TdbStore.wrap(TextDatasetFactory.create(DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString()), plain, true))) {
            store.replaceGraph(A, turtle(NWC + REPORT));
            assertThat(select(store, REPORTS)).isEmpty();
        }
        try (TdbStore store = open()) {
            assertThat(select(store, REPORTS)).containsExactly("https://w3id.org/iucn-kg/id/report/r");
        }
        // the rebuilt index says it has kinds, in every later commit too, so it is not rebuilt again
        try (TdbStore store = open()) {
            store.replaceGraph(B, turtle(PARAGRAPH));
        }
        assertThat(lastCommitData(index)).containsEntry("iucn-kg.index", "is-kind");
    }

    static Map<String, String> lastCommitData(Path index) {
        try (FSDirectory directory = directory(index)) {
            List<IndexCommit> commits = DirectoryReader.listCommits(directory);
            return commits.get(commits.size() - 1).getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FSDirectory directory(Path path) {
        try {
            return FSDirectory.open(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Graph turtle(String text) {
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }

    static List<String> select(TdbStore store, String query) {
        List<String> values = new ArrayList<>();
        try (RDFLink link = store.link()) {
            link.querySelect(query, row -> {
                var node = row.get(row.vars().next());
                values.add(node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI());
            });
        }
        return values;
    }
}
