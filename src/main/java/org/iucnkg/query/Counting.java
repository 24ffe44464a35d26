package org.iucnkg.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/** Paging on the parsed query: LIMIT and OFFSET for a page, and a real COUNT of all its rows. */
final class Counting {
    static final Var TOTAL = Var.alloc("total");

    private Counting() {}

    /** {@code SELECT (COUNT(*) AS ?total) WHERE { { the query without order, limit and offset } }}. */
    static Query countOf(Query query) {
        Query rows = query.cloneQuery();
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
    static Query pageOf(Query query, int page, int size) {
        Query paged = query.cloneQuery();
        paged.setLimit(size);
        paged.setOffset((long) (page - 1) * size);
        return paged;
    }
}
