package org.iucnkg.config;

import org.iucnkg.model.Iris;
import org.iucnkg.validate.GraphValidator;
import org.iucnkg.validate.ShaclValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pieces every capability shares: IRI minting under the configured base, and the SHACL gate. */
@Configuration(proxyBeanMethods = false)
class CoreConfig {

    @Bean
    Iris iris(KgProperties settings) {
        return new Iris(settings.baseIri());
    }

    /** The bundled shapes, checked on every write through the SPARQL paths. */
    @Bean
    GraphValidator graphValidator() {
        return new ShaclValidator();
    }
}
