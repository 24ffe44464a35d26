package org.iucnkg.store;

import org.iucnkg.store.StoreProperties.Mode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link KgStore} of the application: embedded TDB2 or a remote SPARQL store, chosen by {@code kg.store.mode}. */
@Configuration(proxyBeanMethods = false)
class StoreConfig {
    private static final Logger LOG = LoggerFactory.getLogger(StoreConfig.class);

    @Bean(destroyMethod = "close")
    KgStore kgStore(StoreProperties settings) {
        KgStore store = settings.mode() == Mode.REMOTE ? remote(settings) : TdbStore.open(settings.path());
        LOG.info("Graph store: {}", settings.mode() == Mode.REMOTE ? store : "TDB2 at " + settings.path().toAbsolutePath());
        return store;
    }

    private static RemoteStore remote(StoreProperties settings) {
        require(settings.queryUrl(), "kg.store.query-url");
        require(settings.updateUrl(), "kg.store.update-url");
        require(settings.gspUrl(), "kg.store.gsp-url");
        return RemoteStore.connect(settings.queryUrl(), settings.updateUrl(), settings.gspUrl(), settings.username(), settings.password());
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank())
            throw new IllegalStateException("kg.store.mode=remote needs " + name + " (the remote store's endpoint URL)");
    }
}
