package org.iucnkg.config;

import org.iucnkg.ingest.Ingestor;
import org.iucnkg.model.Iris;
import org.iucnkg.store.KgStore;
import org.iucnkg.validate.GraphValidator;
import org.iucnkg.validate.ShaclValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pieces every capability shares: IRI minting under the configured base, the ingest, and the SHACL gate. */
@Configuration(proxyBeanMethods = false)
class CoreConfig {

    @Bean
    Iris iris(KgProperties settings) {
        return new Iris(settings.baseIri());
    }

    /** The one way documents enter the store: the first start, the ingest API. */
    @Bean
    Ingestor ingestor(Iris iris, KgStore store) {
        return Ingestor.create(iris, store);
    }

    /** The bundled shapes, checked on every write through the SPARQL paths. */
    @Bean
    GraphValidator graphValidator() {
        return new ShaclValidator();
    }
}
