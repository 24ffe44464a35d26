package org.iucnkg.sparql;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.iucnkg.store.KgStore;
import org.iucnkg.store.RemoteStore;
import org.iucnkg.store.LocalStore;

/**
 * The Fuseki data services, one per path: query at {@link SparqlRoutes#QUERY}, update at
 * {@link SparqlRoutes#UPDATE}, Graph Store Protocol at {@link SparqlRoutes#DATA}. Only these
 * operations exist; writes go through the gated dataset.
 */
final class SparqlServices {
    private SparqlServices() {}

    static DataAccessPointRegistry build(KgStore store, WriteGate gate, SparqlProperties limits) {
        GatedUpdateEngine.register();
        ServiceDescription description = new ServiceDescription(store, limits.allowService());
        DatasetGraph queryData;
        GuardedQuery query;
        GatedDataset writeData;
        if (store instanceof RemoteStore remote) {
            queryData = DatasetGraphFactory.createTxnMem(); // only for Fuseki's bookkeeping: the remote store answers
            query = new RemoteQuery(remote, limits, description);
            writeData = new GatedDataset(new RemoteSnapshot(remote), gate, () -> {});
        } else {
            LocalStore local = (LocalStore) store;
            queryData = local.local().orElseThrow();
            query = new GuardedQuery(limits, description);
            writeData = new GatedDataset(local.writes(), gate, local::changed);
        }
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(service(SparqlRoutes.QUERY, queryData, Operation.Query, query, limits));
        registry.register(service(SparqlRoutes.UPDATE, writeData, Operation.Update, new GatedWrites(new ProtocolUpdate()), limits));
        registry.register(service(SparqlRoutes.DATA, writeData, Operation.GSP_RW, new GatedWrites(new GraphStore()), limits));
        return registry;
    }

    private static DataAccessPoint service(String path, DatasetGraph data, Operation operation, ActionProcessor processor,
            SparqlProperties limits) {
        Endpoint endpoint = Endpoint.create()
                .operation(operation).endpointName("").processor(processor).context(context(limits))
                .build();
        DataService service = DataService.newBuilder(data).addEndpoint(endpoint).build();
        service.goActive();
        return new DataAccessPoint(path, service);
    }

    /** Execution settings of every request: the query timeout, and whether SERVICE may reach other hosts. */
    private static Context context(SparqlProperties limits) {
        Context context = Context.create();
        context.set(ARQ.queryTimeout, Long.toString(limits.timeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, limits.allowService());
        return context;
    }
}
