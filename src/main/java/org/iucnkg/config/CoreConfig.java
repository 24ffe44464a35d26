package org.iucnkg.config;

import org.iucnkg.model.Iris;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pieces every capability shares: IRI minting under the configured base. */
@Configuration(proxyBeanMethods = false)
class CoreConfig {

    @Bean
    Iris iris(KgProperties settings) {
        return new Iris(settings.baseIri());
    }
}
