package org.iucnkg.linkeddata;

import org.iucnkg.model.Iris;
import org.iucnkg.model.Prefixes;
import org.iucnkg.store.KgStore;
import org.iucnkg.store.StoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pieces the linked-data routes share. */
@Configuration(proxyBeanMethods = false)
class LinkedDataConfig {

    @Bean
    Terms terms(Iris iris) {
        return new Terms(iris);
    }

    @Bean
    EntityDescription entityDescription(KgStore store, LinkedDataProperties settings) {
        return new EntityDescription(store, settings.incomingLimit());
    }

    @Bean
    Dumps dumps(KgStore store, DumpProperties dumps, StoreProperties storeSettings, Iris iris) {
        return new Dumps(store, dumps.directory(storeSettings), Prefixes.mapping(iris));
    }
}
