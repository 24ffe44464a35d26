package org.iucnkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.RDFDataMgr;
import org.iucnkg.store.KgStore;
import org.springframework.util.FileSystemUtils;

/**
 * The small test graphs: two countries in the reference graph, two organisations in a source graph.
 * The test shapes accept them as they are.
 */
public final class Fixtures {
    public static final String REFERENCE = "https://w3id.org/iucn-kg/graph/reference";
    public static final String SOURCE = "https://w3id.org/iucn-kg/graph/test-source";
    public static final String AWF = "https://w3id.org/iucn-kg/id/org/awf";
    public static final String KENYA = "https://w3id.org/iucn-kg/id/country/KE";

    private Fixtures() {}

    /** Empties the store and loads the fixture graphs, through the store's own API (no gate). */
    public static void reset(KgStore store) {
        for (String graph : graphNames(store)) store.dropGraph(graph);
        store.replaceGraph(REFERENCE, graph("fixtures/reference.ttl"));
        store.replaceGraph(SOURCE, graph("fixtures/source.ttl"));
    }

    public static Graph graph(String resource) {
        return RDFDataMgr.loadGraph(resource);
    }

    public static List<String> graphNames(KgStore store) {
        List<String> names = new ArrayList<>();
        try (RDFLink link = store.link()) {
            link.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", row -> names.add(row.get("g").getURI()));
        }
        return names;
    }

    public static boolean ask(KgStore store, String askQuery) {
        try (RDFLink link = store.link()) {
            return link.queryAsk(askQuery);
        }
    }

    /** A fresh directory for a TDB2 store, removed when the JVM exits. */
    public static Path tempStore(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
