package org.iucnkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.iucnkg.query.Decided;
import org.iucnkg.query.QueryCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How ARQ plans the search query: each text:query runs once per request. Inside a sequence every step
 * after the first runs once per row of the steps before it, and jena-text then searches Lucene again for
 * each row; that made the search take seconds on a large store. A join runs both sides once, and so does
 * a step after the one row of a BIND (the Lucene query made from q and kind).
 */
class SearchQueryPlanTest {
    static final Var Q = Var.alloc("_q");
    static final Var KIND = Var.alloc("__kind");

    @Test
    void theTextSearchesAreNotRunOncePerRow() {
        assertRunOnce(QueryCatalog.load().get("search").query());
    }

    @Test
    void withoutAKindAsTheRestLayerSendsIt() {
        assertRunOnce(Decided.fold(QueryTransformOps.transform(search(), Map.of(Q, literal("pangolin"))), Set.of(KIND)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "planned-action"})
    void withAKindTheLuceneQueryIsOneString(String kind) {
        Query bound = Decided.fold(QueryTransformOps.transform(search(), Map.of(Q, literal("pangolin"), KIND, literal(kind))), Set.of());
        assertRunOnce(bound);
        // q in parentheses, so its own syntax stays its own; the kind clause weighs nothing
        assertThat(bound.toString()).contains("\"+(pangolin) +(kind:is-" + kind + " kind:is-unminted)^0\"");
    }

    private static Query search() {
        return QueryCatalog.load().get("search").query();
    }

    private static Node literal(String value) {
        return NodeFactory.createLiteralString(value);
    }

    private static void assertRunOnce(Query query) {
        TextQuery.init();
        Op plan = Algebra.optimize(Algebra.compile(query));
        List<String> perRow = new ArrayList<>();
        List<String> once = new ArrayList<>();
        walk(plan, false, perRow, once);
        assertThat(perRow).isEmpty();
        // one search for the scores, one for the highlighted snippets
        assertThat(once).hasSize(2);
    }

    private static void walk(Op op, boolean runsPerRow, List<String> perRow, List<String> once) {
        if (op instanceof OpPropFunc call && call.getProperty().getURI().equals(TextQuery.NS + "query")) {
            (runsPerRow ? perRow : once).add(call.toString());
        }
        if (op instanceof OpSequence sequence) {
            boolean oneRowBefore = true;
            for (int i = 0; i < sequence.size(); i++) {
                walk(sequence.get(i), runsPerRow || !oneRowBefore, perRow, once);
                oneRowBefore = oneRowBefore && isOneRow(sequence.get(i));
            }
        } else if (op instanceof OpN many) {
            many.getElements().forEach(element -> walk(element, runsPerRow, perRow, once));
        } else if (op instanceof Op2 two) {
            walk(two.getLeft(), runsPerRow, perRow, once);
            // an OPTIONAL that ARQ made a conditional runs its right side once per left row, as a sequence does
            walk(two.getRight(), runsPerRow || op instanceof OpConditional, perRow, once);
        } else if (op instanceof Op1 one) {
            walk(one.getSubOp(), runsPerRow, perRow, once);
        }
    }

    /** A BIND on nothing before it: one row. */
    private static boolean isOneRow(Op op) {
        return op instanceof OpExtend extend && extend.getSubOp() instanceof OpTable table && table.isJoinIdentity();
    }
}
