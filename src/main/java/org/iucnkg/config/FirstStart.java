package org.iucnkg.config;

import org.iucnkg.ingest.BootstrapSummary;
import org.iucnkg.ingest.IngestRefusedException;
import org.iucnkg.ingest.Ingestor;
import org.iucnkg.store.KgStore;
import org.iucnkg.store.RemoteStore;
import org.iucnkg.store.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * First start: an empty store gets the shipped ontology, reference data and sources through the
 * normal validated ingest; later starts find data and serve it as it is. This runs before the port
 * opens, so nobody queries a half-loaded store.
 */
@Component
class FirstStart implements SmartInitializingSingleton {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final Ingestor ingestor;
    private final KgStore store;
    private final StoreProperties settings;

    FirstStart(Ingestor ingestor, KgStore store, StoreProperties settings) {
        this.ingestor = ingestor;
        this.store = store;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.bootstrap()) bootstrap();
        else LOG.info("kg.store.bootstrap is off: serving the store as it is");
        if (store instanceof RemoteStore remote && !remote.defaultGraphIsUnion())
            LOG.warn("The remote store's default graph does not show its named graphs, so queries without GRAPH miss the"
                    + " data: configure it to use the union of the named graphs (Fuseki with TDB2: tdb2:unionDefaultGraph true).");
    }

    private void bootstrap() {
        try {
            BootstrapSummary summary = ingestor.bootstrapIfEmpty();
            if (summary.performed())
                LOG.info("First start: ingested the base graphs {} and {} source documents ({} triples)",
                        summary.baseGraphs(), summary.sources().size(), summary.triples());
            else
                LOG.info("The store holds data: serving it as it is");
        } catch (IngestRefusedException e) {
            throw new IllegalStateException("The shipped data could not be ingested into the empty store (" + store
                    + "), which may now hold part of it; empty it before the next start. " + e.getMessage(), e);
        }
    }
}
