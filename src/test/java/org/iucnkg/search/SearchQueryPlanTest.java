package org.iucnkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.iucnkg.query.QueryCatalog;
import org.junit.jupiter.api.Test;

/**
 * How ARQ plans the search query: each text:query runs once per request. Inside a sequence every step
 * after the first runs once per row of the steps before it, and jena-text then searches Lucene again for
 * each row; that made the search take seconds on a large store. A join runs both sides once.
 */
class SearchQueryPlanTest {

    @Test
    void theTextSearchesAreNotRunOncePerRow() {
        TextQuery.init();
        Op plan = Algebra.optimize(Algebra.compile(QueryCatalog.load().get("search").query()));
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
            for (int i = 0; i < sequence.size(); i++) walk(sequence.get(i), runsPerRow || i > 0, perRow, once);
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
}
