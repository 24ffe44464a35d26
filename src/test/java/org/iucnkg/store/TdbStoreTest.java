package org.iucnkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
    private static final String G1 = "https://w3id.org/iucn-kg/graph/one";
    private static final String G2 = "https://w3id.org/iucn-kg/graph/two";

    @TempDir Path dir;

    private static Graph turtle(String ttl) {
        return RDFParser.fromString("@prefix : <https://example.org/> .\n" + ttl, Lang.TURTLE).toGraph();
    }

    private static long count(KgStore store, String select) {
        try (var link = store.link()) {
            long[] rows = {0};
            link.querySelect(select, row -> rows[0]++);
            return rows[0];
        }
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G1, turtle(":awf :worksOn :res040 ."));
            store.replaceGraph(G2, turtle(":awf :worksOn :res054 ."));
            assertEquals(2, count(store, "SELECT ?r { <https://example.org/awf> <https://example.org/worksOn> ?r }"));
        }
    }

    @Test
    void replaceGraphSwapsTheWholeGraph() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G1, turtle(":a :p 1 . :a :p 2 ."));
            store.replaceGraph(G1, turtle(":a :p 3 ."));
            assertEquals(List.of("3"), values(store));
        }
    }

    @Test
    void aFailingReplaceLeavesTheOldGraph() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G1, turtle(":a :p 1 . :a :p 2 ."));
            long before = store.version();
            Graph breaksHalfway = new FailingAfterFirstTriple(turtle(":a :p 3 . :a :p 4 . :a :p 5 ."));
            assertThrows(IllegalStateException.class, () -> store.replaceGraph(G1, breaksHalfway));
            assertEquals(List.of("1", "2"), values(store));
            assertEquals(before, store.version());
        }
    }

    @Test
    void dropGraphRemovesOnlyThatGraph() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G1, turtle(":a :p 1 ."));
            store.replaceGraph(G2, turtle(":a :p 2 ."));
            store.dropGraph(G1);
            assertEquals(List.of("2"), values(store));
        }
    }

    @Test
    void reopensTheSameDirectoryAfterClose() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G1, turtle(":a :p 7 ."));
        }
        try (TdbStore again = TdbStore.open(dir)) {
            assertEquals(List.of("7"), values(again));
            assertTrue(again.local().isPresent());
        }
    }

    @Test
    void everyWriteChangesTheVersion() {
        try (TdbStore store = TdbStore.open(dir)) {
            long v0 = store.version();
            store.replaceGraph(G1, turtle(":a :p 1 ."));
            long v1 = store.version();
            store.dropGraph(G1);
            assertTrue(v1 > v0);
            assertTrue(store.version() > v1);
            assertFalse(store.link().queryAsk("ASK { ?s ?p ?o }"));
        }
    }

    /** Values of :a :p across the union graph, sorted. */
    private static List<String> values(KgStore store) {
        try (var link = store.link()) {
            var values = new java.util.ArrayList<String>();
            link.querySelect("SELECT ?v { <https://example.org/a> <https://example.org/p> ?v } ORDER BY ?v",
                    row -> values.add(row.get("v").getLiteralLexicalForm()));
            return values;
        }
    }

    /** A graph whose iteration breaks after one triple, as a disk or network failure would. */
    private static final class FailingAfterFirstTriple extends GraphWrapper {
        FailingAfterFirstTriple(Graph graph) { super(graph); }

        @Override
        public ExtendedIterator<Triple> find() {
            var first = get().find().next();
            return WrappedIterator.create(new java.util.Iterator<Triple>() {
                private boolean given;
                @Override public boolean hasNext() { return true; }
                @Override public Triple next() {
                    if (given) throw new IllegalStateException("read failed halfway");
                    given = true;
                    return first;
                }
            });
        }
    }
}
