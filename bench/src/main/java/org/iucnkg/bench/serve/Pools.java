package org.iucnkg.bench.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The values the mixes draw their parameters from, read once from the data through a SPARQL endpoint,
 * sorted, so that a mix's seed always gives the same values: instruments that have reports,
 * organisations working on one, countries of members (IRI and ISO code), congress years, years of
 * activities, and words of organisation names (for text search).
 */
final class Pools {
    private static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private final Map<String, List<Node>> pools = new LinkedHashMap<>();

    /**
     * Reads the pools from the TDB2 store in {@code directory}, in this process and without a timeout (at
     * 10m a pool's query takes longer than a server's query timeout), and releases the store again so that
     * its copies can be opened by the servers.
     */
    static Pools read(Path directory) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(directory.toString());
        try {
            store.getContext().set(TDB2.symUnionDefaultGraph, true);
            return Txn.calculateRead(store, () -> read(store));
        } finally {
            TDBInternal.expel(store);
        }
    }

    /** The values of ?x of a SELECT. */
    private static List<Node> column(DatasetGraph store, String query) {
        List<Node> values = new ArrayList<>();
        QueryExec.dataset(store).query(query).select().forEachRemaining(row -> values.add(row.get("x")));
        return values;
    }

    private static Pools read(DatasetGraph store) {
        Pools p = new Pools();
        p.put("instrument", column(store, PREFIXES + "SELECT DISTINCT ?x { ?r ikg:reportsOn ?x } ORDER BY ?x LIMIT 5000"));
        p.put("organisation", column(store, PREFIXES + "SELECT DISTINCT ?x { ?x ikg:worksOn ?i } ORDER BY ?x LIMIT 5000"));
        p.put("country", column(store, PREFIXES + "SELECT DISTINCT ?x { ?r ikg:implementingMember ?m . ?m ikg:country ?x } ORDER BY ?x"));
        p.put("iso2", column(store, PREFIXES + "SELECT DISTINCT ?x { ?r ikg:implementingMember ?m . ?m ikg:country/ikg:countryCode ?x } ORDER BY ?x"));
        p.put("year", integers(column(store, PREFIXES + "SELECT DISTINCT (STR(?y) AS ?x) { ?i ikg:congressYear ?y } ORDER BY ?x")));
        p.put("activityYear", integers(column(store,
                PREFIXES + "SELECT DISTINCT (SUBSTR(STR(?d), 1, 4) AS ?x) { ?a ikg:activityDate ?d } ORDER BY ?x")));
        p.put("word", words(column(store, PREFIXES + "SELECT DISTINCT ?x { ?o ikg:worksOn ?i ; rdfs:label ?x } ORDER BY ?x LIMIT 3000")));
        return p;
    }

    Node draw(String pool, Random random) {
        List<Node> values = pools.get(pool);
        if (values == null) throw new IllegalArgumentException("no pool " + pool);
        return values.get(random.nextInt(values.size()));
    }

    List<Node> values(String pool) { return pools.get(pool); }

    private void put(String name, List<Node> values) {
        if (values.isEmpty()) throw new IllegalStateException("the data has no values for " + name);
        pools.put(name, values);
    }

    private static List<Node> integers(List<Node> years) {
        return years.stream().map(y -> NodeFactory.createLiteralDT(y.getLiteralLexicalForm(), XSDDatatype.XSDinteger)).toList();
    }

    /** Lower-case words of six letters or more: they occur in names, so text search finds something. */
    private static List<Node> words(List<Node> labels) {
        TreeSet<String> words = new TreeSet<>();
        for (Node label : labels) {
            for (String w : label.getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 6) words.add(w);
            }
        }
        return new ArrayList<>(words.stream().map(NodeFactory::createLiteralString).toList());
    }
}
