package org.iucnkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.iucnkg.model.Iris;
import org.iucnkg.store.KgStore;
import org.iucnkg.testing.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Folding what the request decided is only an optimisation: every catalog query answers the seeds the
 * same rows, in the same order, whether the values are folded in or merely substituted.
 */
class DecidedTest extends SeededServiceTest {
    @Autowired
    QueryCatalog catalog;
    @Autowired
    KgStore store;
    @Autowired
    Iris iris;

    @Test
    void everyQueryAnswersTheSameFoldedOrNot() {
        int nonEmpty = 0;
        for (QueryFile file : catalog.all()) {
            for (Map<String, String> args : asks(file)) {
                List<String> folded = rows(Bindings.bind(file, args, iris));
                List<String> substituted = rows(QueryTransformOps.transform(file.query(), values(file, args)));
                assertThat(folded).as(file.name() + " " + args).isEqualTo(substituted);
                if (!folded.isEmpty()) nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("asks with rows to compare").isGreaterThan(60);
    }

    @Test
    void theEventsOfKenyaStartFromKenya() {
        String bound = Bindings.bind(catalog.get("events"), Map.of("country", "KE"), iris).toString().replaceAll("\\s+", " ");
        assertThat(bound).contains("{ ?iri ikg:country ?countryAsked FILTER ( ?countryAsked = <https://w3id.org/iucn-kg/id/country/KE> ) }").doesNotContain("UNION", "?__");
    }

    /** No optional value, each example alone, and all examples together (required ones always). */
    private static List<Map<String, String>> asks(QueryFile file) {
        Map<String, String> required = new HashMap<>();
        Map<String, String> all = new HashMap<>();
        file.params().forEach(p -> (p.required() ? required : all).put(p.name(), p.example()));
        List<Map<String, String>> asks = new ArrayList<>(List.of(required));
        all.forEach((name, example) -> {
            Map<String, String> one = new HashMap<>(required);
            one.put(name, example);
            asks.add(one);
        });
        all.putAll(required);
        asks.add(all);
        return asks;
    }

    private Map<Var, Node> values(QueryFile file, Map<String, String> args) {
        Map<Var, Node> values = new HashMap<>();
        args.forEach((name, value) -> values.put(Var.alloc(file.param(name).variable()), file.param(name).toNode(value, iris)));
        return values;
    }

    private List<String> rows(Query query) {
        try (RDFLink link = store.link()) {
            return Txn.calculateRead(link, () -> {
                try (QueryExec exec = link.newQuery().query(query).build()) {
                    List<String> rows = new ArrayList<>();
                    exec.select().forEachRemaining(row -> rows.add(row.toString()));
                    return rows;
                }
            });
        }
    }
}
