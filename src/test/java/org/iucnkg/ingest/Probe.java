package org.iucnkg.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.iucnkg.store.KgStore;

/** Questions the tests ask a store, in SPARQL with the project's prefixes. */
final class Probe {
    static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>
            PREFIX id: <https://w3id.org/iucn-kg/id/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private final KgStore store;

    Probe(KgStore store) {
        this.store = store;
    }

    /** The first variable's values, as IRIs or lexical forms, in result order. */
    List<String> values(String select) {
        List<String> values = new ArrayList<>();
        try (var link = store.link()) {
            link.queryRowSet(PREFIXES + select, rows -> rows.forEachRemaining(row -> {
                var node = row.get(rows.getResultVars().get(0));
                values.add(node == null ? null : node.isURI() ? node.getURI() : node.getLiteralLexicalForm());
            }));
        }
        return values;
    }

    boolean ask(String ask) {
        try (var link = store.link()) {
            return link.queryAsk(PREFIXES + ask);
        }
    }

    Graph graph(String graphName) {
        try (var link = store.link()) {
            return link.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graphName + "> { ?s ?p ?o } }");
        }
    }

    /** Every quad of the store as sorted N-Quads lines: equal lists mean an unchanged store. */
    List<String> sortedQuads() {
        var dataset = store.local().orElseThrow();
        var out = new ByteArrayOutputStream();
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
        return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
    }

    List<String> graphNames() {
        return values("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
    }

    static String iri(String uri) { return "<" + uri + ">"; }
}
