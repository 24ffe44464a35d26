package org.iucnkg.query;

import org.iucnkg.model.Iris;
import org.iucnkg.sparql.SparqlProperties;
import org.iucnkg.store.CacheProperties;
import org.iucnkg.store.KgStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query catalog, and its runner with the SPARQL endpoint's timeout and the result cache. */
@Configuration(proxyBeanMethods = false)
class QueryConfig {

    @Bean
    QueryCatalog queryCatalog(KgStore store) {
        return QueryCatalog.load(store.local().isPresent());
    }

    @Bean
    QueryRunner queryRunner(KgStore store, Iris iris, SparqlProperties limits, CacheProperties cache) {
        return new QueryRunner(store, iris, limits.timeout(), cache);
    }
}
