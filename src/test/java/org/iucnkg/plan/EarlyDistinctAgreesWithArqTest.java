package org.iucnkg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The rewrites change no answer. Small graphs and queries drawn at random (fixed seed): chains of triple patterns
 * with {@code !=} filters under {@code SELECT DISTINCT}, or a {@code GROUP BY} with {@code COUNT(DISTINCT)},
 * {@code MIN} or {@code MAX} (the shapes the rewrites apply to) or with {@code COUNT} (which they must leave
 * alone). Each query is answered by ARQ as it comes and by ARQ with this service's planner, over the same data;
 * the rows must be the same, as a bag, and enough queries must actually be rewritten for that to mean something.
 * Keeping one witness instead of two, or rewriting under {@code COUNT}, makes it fail.
 */
class EarlyDistinctAgreesWithArqTest {
    private static final String EX = "https://example.org/";
    private static final String[] VARS = {"?a", "?b", "?c", "?d", "?e"};
    private static final int CASES = 2000;

    @Test
    void randomQueriesGiveTheSameRowsWithAndWithoutTheRewrites() {
        Random random = new Random(42);
        int rewritten = 0;
        for (int i = 0; i < CASES; i++) {
            DatasetGraph plain = DatasetGraphFactory.createTxnMem();
            DatasetGraph planned = DatasetGraphFactory.createTxnMem();
            Planner.install(planned.getContext());
            randomQuads(random, quad -> {
                plain.add(quad);
                planned.add(quad);
            });
            Query query = QueryFactory.create(randomQuery(random));
            Context context = Planner.install(Context.create());
            Op compiled = Algebra.compile(query);
            if (!Algebra.optimize(compiled, context).equals(Algebra.optimize(compiled, Context.create()))) rewritten++;
            assertThat(rows(planned, query)).as("case %d: %s", i, query).isEqualTo(rows(plain, query));
        }
        assertThat(rewritten).as("queries the rewrites changed").isGreaterThan(CASES / 4);
    }

    /** Up to 30 triples over 6 nodes and 2 properties, spread over 3 named graphs (the default graph is their union). */
    private static void randomQuads(Random random, Consumer<Quad> add) {
        int triples = 10 + random.nextInt(21);
        for (int i = 0; i < triples; i++) {
            Node graph = NodeFactory.createURI(EX + "g" + random.nextInt(3));
            add.accept(Quad.create(graph, node(random), NodeFactory.createURI(EX + (random.nextBoolean() ? "p" : "q")), node(random)));
        }
    }

    private static Node node(Random random) {
        return NodeFactory.createURI(EX + "n" + random.nextInt(6));
    }

    private static String randomQuery(Random random) {
        List<String> vars = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        int triples = 2 + random.nextInt(3);
        String previous = pick(random);
        vars.add(previous);
        for (int i = 0; i < triples; i++) {
            String subject = random.nextInt(5) == 0 ? "<" + EX + "n" + random.nextInt(6) + ">" : previous;
            String object = pick(random);
            if (!vars.contains(object)) vars.add(object);
            pattern.append(subject).append(random.nextBoolean() ? " <" + EX + "p> " : " <" + EX + "q> ").append(object).append(" . ");
            previous = random.nextBoolean() ? object : previous;
        }
        int filters = random.nextInt(3);
        for (int i = 0; i < filters; i++) {
            String right = random.nextInt(5) == 0 ? "<" + EX + "n" + random.nextInt(6) + ">" : vars.get(random.nextInt(vars.size()));
            pattern.append("FILTER(").append(vars.get(random.nextInt(vars.size()))).append(" != ").append(right).append(") ");
        }
        String first = vars.get(random.nextInt(vars.size()));
        String second = vars.get(random.nextInt(vars.size()));
        String aggregate = switch (random.nextInt(4)) {
            case 0 -> "COUNT(DISTINCT " + second + ")";
            case 1 -> "COUNT(" + second + ")"; // counts rows: must be left alone
            case 2 -> "MIN(" + second + ")";
            default -> "MAX(" + second + ")";
        };
        return random.nextInt(3) == 0
                ? "SELECT DISTINCT " + first + (first.equals(second) ? "" : " " + second) + " WHERE { " + pattern + "}"
                : "SELECT " + first + " (" + aggregate + " AS ?n) WHERE { " + pattern + "} GROUP BY " + first;
    }

    private static String pick(Random random) {
        return VARS[random.nextInt(VARS.length)];
    }

    /** The rows as a bag: each row's values in the order of the query's result variables, and how often the row comes. */
    private static Map<String, Integer> rows(DatasetGraph dataset, Query query) {
        Map<String, Integer> rows = new HashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(new UnionView(dataset)).query(query).build()) {
                RowSet rowSet = exec.select();
                rowSet.forEachRemaining(row -> rows.merge(query.getResultVars().stream()
                        .map(var -> var + "=" + row.get(var)).toList().toString(), 1, Integer::sum));
            }
        });
        return rows;
    }

    /** The dataset with its default graph the union of the named graphs, as the stores serve it; same context. */
    private static final class UnionView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        UnionView(DatasetGraph data) {
            super(data, data.getContext());
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }
}
