package org.iucnkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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

    @TempDir
    Path dir;

    TdbStore open() {
        return TdbStore.wrap(TextIndexing.open(dir.resolve("tdb2"), dir.resolve("tdb2/text-index")));
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
