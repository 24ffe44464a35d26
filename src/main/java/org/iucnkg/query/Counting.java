package org.iucnkg.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * Paging on the parsed query: LIMIT and OFFSET for a page, and a real COUNT of all its rows. A query paged in
 * its sub-select ({@code #+ paging: subselect}) chooses and orders its rows in the first sub-select of its
 * WHERE that has an ORDER BY; the page and the count apply to that sub-select, so the rest of the query only
 * gathers the details of the page's rows (and orders them again: a join keeps no order).
 */
final class Counting {
    static final Var TOTAL = Var.alloc("total");

    private Counting() {}

    /** {@code SELECT (COUNT(*) AS ?total) WHERE { { the rows without order, limit and offset } }}. */
    static Query countOf(Query query, boolean inSubselect) {
        Query rows = (inSubselect ? rowsOf(query) : query).cloneQuery();
        rows.setLimit(Query.NOLIMIT);
        rows.setOffset(Query.NOLIMIT);
        if (rows.hasOrderBy()) rows.getOrderBy().removeIf(SortCondition.class::isInstance); // order does not change a count
        rows.setPrefixMapping(PrefixMapping.Factory.create()); // prefixes belong to the outer query only
        Query count = new Query();
        count.setQuerySelectType();
        count.setPrefixMapping(query.getPrefixMapping());
        count.addResultVar(TOTAL, count.allocAggregate(AggregatorFactory.createCount(false)));
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementSubQuery(rows));
        count.setQueryPattern(where);
        return count;
    }

    /** The rows of one page, pages numbered from 1. */
    static Query pageOf(Query query, boolean inSubselect, int page, int size) {
        Query paged = query.cloneQuery(); // a deep copy: the sub-select changed below is the copy's own
        Query rows = inSubselect ? rowsOf(paged) : paged;
        rows.setLimit(size);
        rows.setOffset((long) (page - 1) * size);
        return paged;
    }

    /** Fails with the reason unless {@code query} can be paged in its sub-select. */
    static void checkPagedInSubselect(Query query) {
        Query rows = rowsOf(query);
        if (rows.hasLimit() || rows.hasOffset())
            throw new IllegalArgumentException("#+ paging: subselect cuts the page itself; the sub-select must have no LIMIT or OFFSET");
        if (!query.hasOrderBy())
            throw new IllegalArgumentException("#+ paging: subselect needs an ORDER BY on the whole query too, as the join with the page keeps no order");
    }

    /** The first sub-select directly in the WHERE group with an ORDER BY: the query's choice and order of rows. */
    private static Query rowsOf(Query query) {
        if (query.getQueryPattern() instanceof ElementGroup where) {
            for (Element e : where.getElements()) {
                if (e instanceof ElementSubQuery sub && sub.getQuery().hasOrderBy()) return sub.getQuery();
            }
        }
        throw new IllegalArgumentException("#+ paging: subselect needs a sub-select with ORDER BY directly in the WHERE clause");
    }
}
