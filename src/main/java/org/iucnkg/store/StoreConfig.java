package org.iucnkg.store;

import org.iucnkg.model.Iris;
import org.iucnkg.search.SearchProperties;
import org.iucnkg.search.TextIndexing;
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
    KgStore kgStore(StoreProperties settings, SearchProperties search, Iris iris) {
        KgStore store = settings.mode() == Mode.REMOTE ? remote(settings) : embedded(settings, search, iris);
        LOG.info("Graph store: {}", settings.mode() == Mode.REMOTE ? store : store + ", TDB2 at " + settings.path().toAbsolutePath());
        return store;
    }

    /**
     * TDB2, with its full-text index unless kg.search.enabled is false, read from memory unless
     * kg.store.read-mirror is false or the store is larger than kg.store.read-mirror-max-quads.
     */
    static LocalStore embedded(StoreProperties settings, SearchProperties search, Iris iris) {
        TdbStore durable = search.enabled()
                ? TdbStore.wrap(TextIndexing.open(settings.path(), search.indexFor(settings.path()), iris), settings.path())
                : TdbStore.open(settings.path());
        if (!settings.readMirror()) return durable;
        if (durable.holdsMoreThan(settings.readMirrorMaxQuads())) {
            LOG.info("No in-memory read copy: the store holds more than {} quads (kg.store.read-mirror-max-quads); reads go to TDB2",
                    settings.readMirrorMaxQuads());
            return durable;
        }
        return MirroredStore.over(durable, TextIndexing.indexOf(durable.writes()).orElse(null));
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
