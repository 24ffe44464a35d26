package org.iucnkg.linkeddata;

import java.util.Map;

import org.iucnkg.model.Iris;
import org.iucnkg.sparql.SparqlRoutes;
import org.iucnkg.store.KgStore;
import org.iucnkg.store.StoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.ParameterizableViewController;
import org.springframework.web.servlet.view.RedirectView;

/** The pieces the linked-data routes share, and the stand-in for the query page. */
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
        return new Dumps(store, dumps.directory(storeSettings), Prefixes.of(iris));
    }

    /**
     * Until a query page is mapped at {@code /query}, its links go on to the SPARQL endpoint with the
     * same query string. Annotated controllers are asked first, so a real page there takes over.
     */
    @Bean
    SimpleUrlHandlerMapping queryPageStandIn() {
        RedirectView toEndpoint = new RedirectView(SparqlRoutes.QUERY, true);
        toEndpoint.setPropagateQueryParams(true);
        ParameterizableViewController controller = new ParameterizableViewController();
        controller.setView(toEndpoint);
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of(LinkedDataRoutes.QUERY_PAGE, controller));
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 2); // after the annotated controllers, before static resources
        return mapping;
    }
}
