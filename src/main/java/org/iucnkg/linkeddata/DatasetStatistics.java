package org.iucnkg.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.iucnkg.store.KgStore;

/** The numbers of the VoID description, counted with the SPARQL aggregates in {@code linkeddata/void-*.rq}. */
record DatasetStatistics(long triples, long entities, List<Count> classes, List<Count> properties, List<GraphCount> graphs) {

    /** A class or property and how many entities or triples it has. */
    record Count(String iri, long count) {}

    /** A named graph, its triples and the source document it holds (or null). */
    record GraphCount(String graph, long triples, String source) {}

    static DatasetStatistics count(KgStore store, String uriSpace) {
        long triples = number(StoreQueries.select(store, Queries.load("void-size"), Map.of()), "triples");
        long entities = number(StoreQueries.select(store, Queries.load("void-entities"),
                Map.of("uriSpace", NodeFactory.createLiteralString(uriSpace))), "entities");
        List<GraphCount> graphs = new ArrayList<>();
        StoreQueries.select(store, Queries.load("void-graphs"), Map.of()).forEachRemaining(row -> {
            Node source = row.get("source");
            graphs.add(new GraphCount(row.get("graph").getURI(), value(row.get("triples")), source == null ? null : source.getURI()));
        });
        return new DatasetStatistics(triples, entities, counts("void-classes", "class", "entities", store),
                counts("void-properties", "property", "triples", store), graphs);
    }

    private static List<Count> counts(String query, String termVar, String countVar, KgStore store) {
        List<Count> counts = new ArrayList<>();
        StoreQueries.select(store, Queries.load(query), Map.of()).forEachRemaining(row -> {
            if (row.get(termVar).isURI()) counts.add(new Count(row.get(termVar).getURI(), value(row.get(countVar))));
        });
        return counts;
    }

    private static long number(RowSet rows, String var) {
        return value(rows.next().get(var));
    }

    private static long value(Node count) {
        return ((Number) count.getLiteralValue()).longValue();
    }
}
