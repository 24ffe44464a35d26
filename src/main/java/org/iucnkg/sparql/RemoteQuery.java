package org.iucnkg.sparql;

import java.net.http.HttpTimeoutException;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.iucnkg.store.RemoteStore;

/**
 * The query service in remote mode: Fuseki still speaks the protocol (parameters, checks, limits,
 * result formats), but the query runs on the remote store. The protocol's dataset description goes
 * into the query as FROM / FROM NAMED, so the remote store applies it to its own graphs.
 */
final class RemoteQuery extends GuardedQuery {
    private final RemoteStore store;

    RemoteQuery(RemoteStore store, SparqlProperties limits, ServiceDescription description) {
        super(limits, description);
        this.store = store;
    }

    @Override
    protected Pair<DatasetGraph, Query> chooseDataset(HttpAction action, Query query, String queryStringLog) {
        DatasetDescription requested = SPARQLProtocol.getProtocolDatasetDescription(action);
        if (requested == null) return Pair.create(action.getActiveDSG(), query);
        Query withDataset = query.cloneQuery();
        withDataset.getGraphURIs().clear();
        withDataset.getNamedGraphURIs().clear();
        requested.getDefaultGraphURIs().forEach(withDataset::addGraphURI);
        requested.getNamedGraphURIs().forEach(withDataset::addNamedGraphURI);
        return Pair.create(action.getActiveDSG(), withDataset);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return store.query(query, limits.timeout());
    }

    /** A remote store that does not answer within the timeout is reported as a timeout, as in embedded mode. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (QueryExceptionHTTP e) {
            if (e.getCause() instanceof HttpTimeoutException) throw new QueryCancelledException();
            throw e;
        }
    }
}
