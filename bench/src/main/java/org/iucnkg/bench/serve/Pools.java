package org.iucnkg.bench.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;

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

    static Pools read(Http http, String endpoint) throws IOException, InterruptedException {
        Pools p = new Pools();
        p.put("instrument", http.column(endpoint, PREFIXES + "SELECT DISTINCT ?x { ?r ikg:reportsOn ?x } ORDER BY ?x LIMIT 5000"));
        p.put("organisation", http.column(endpoint, PREFIXES + "SELECT DISTINCT ?x { ?x ikg:worksOn ?i } ORDER BY ?x LIMIT 5000"));
        p.put("country", http.column(endpoint, PREFIXES + "SELECT DISTINCT ?x { ?r ikg:implementingMember ?m . ?m ikg:country ?x } ORDER BY ?x"));
        p.put("iso2", http.column(endpoint, PREFIXES + "SELECT DISTINCT ?x { ?r ikg:implementingMember ?m . ?m ikg:country/ikg:countryCode ?x } ORDER BY ?x"));
        p.put("year", integers(http.column(endpoint, PREFIXES + "SELECT DISTINCT (STR(?y) AS ?x) { ?i ikg:congressYear ?y } ORDER BY ?x")));
        p.put("activityYear", integers(http.column(endpoint,
                PREFIXES + "SELECT DISTINCT (SUBSTR(STR(?d), 1, 4) AS ?x) { ?a ikg:activityDate ?d } ORDER BY ?x")));
        p.put("word", words(http.column(endpoint, PREFIXES + "SELECT DISTINCT ?x { ?o ikg:worksOn ?i ; rdfs:label ?x } ORDER BY ?x LIMIT 3000")));
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
