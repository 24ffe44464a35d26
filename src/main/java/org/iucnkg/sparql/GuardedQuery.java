package org.iucnkg.sparql;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The public query service: Fuseki's SPARQL protocol processor, plus the service description on a
 * bare GET, the {@link QueryGuard}, and the row cap. A capped query gets a LIMIT and the response says
 * so in the {@value SparqlRoutes#ROW_CAP_HEADER} header.
 */
class GuardedQuery extends SPARQL_QueryDataset {
    final SparqlProperties limits;
    private final QueryGuard guard;
    private final ServiceDescription description;

    GuardedQuery(SparqlProperties limits, ServiceDescription description) {
        this.limits = limits;
        this.guard = new QueryGuard(limits.allowService());
        this.description = description;
    }

    @Override
    public void execGet(HttpAction action) {
        if (asksForDescription(action)) description.send(action);
        else super.execGet(action);
    }

    @Override
    public void execHead(HttpAction action) {
        if (asksForDescription(action)) description.send(action);
        else super.execHead(action);
    }

    private static boolean asksForDescription(HttpAction action) {
        return action.getRequestParameter(HttpNames.paramQuery) == null && action.getRequestParameter(HttpNames.paramRequest) == null;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        guard.refusal(query).ifPresent(ServletOps::errorBadRequest);
    }

    @Override
    protected final Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = chooseDataset(action, query, queryStringLog);
        Query toRun = chosen.getRight() == null ? query : chosen.getRight();
        return Pair.create(chosen.getLeft(), capped(action, toRun));
    }

    /** The dataset and query to run: the protocol's dataset description applied to the local dataset. */
    protected Pair<DatasetGraph, Query> chooseDataset(HttpAction action, Query query, String queryStringLog) {
        return decideDatasetDynamic(action, query, queryStringLog);
    }

    private Query capped(HttpAction action, Query query) {
        long cap = limits.rowCap(action.getUser() != null);
        boolean hasSolutions = query.isSelectType() || query.isConstructType() || query.isDescribeType();
        if (cap <= 0 || !hasSolutions || (query.hasLimit() && query.getLimit() <= cap)) return query;
        Query limited = query.cloneQuery();
        limited.setLimit(cap);
        action.setResponseHeader(SparqlRoutes.ROW_CAP_HEADER, Long.toString(cap));
        return limited;
    }
}
