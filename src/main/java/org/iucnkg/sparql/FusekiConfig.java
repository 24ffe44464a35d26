package org.iucnkg.sparql;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.fuseki.system.FusekiCore;
import org.apache.jena.query.ARQ;
import org.iucnkg.store.CacheProperties;
import org.iucnkg.store.KgStore;
import org.iucnkg.validate.GraphValidator;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fuseki inside Spring's web server (one process, one port): the SPARQL services registered in the
 * servlet context, Fuseki's filter on their paths (other paths fall through to Spring), and the body
 * size limit and the query answer cache in front of it. Spring Security runs before both.
 */
@Configuration(proxyBeanMethods = false)
class FusekiConfig {
    private static final String[] PATHS = {SparqlRoutes.QUERY, SparqlRoutes.UPDATE, SparqlRoutes.DATA};
    /** How much of an oversized body Tomcat reads and drops after the 413, in body limits. */
    private static final int SWALLOWED_BODIES_PER_LIMIT = 4;

    @Bean
    WriteGate writeGate(GraphValidator validator, SparqlProperties limits) {
        return new WriteGate(validator, limits.allowLoad());
    }

    @Bean
    ServletContextInitializer sparqlServices(KgStore store, WriteGate gate, SparqlProperties limits) {
        return servletContext -> {
            FusekiCore.init();
            if (!limits.allowService()) ARQ.getContext().set(ARQ.httpServiceAllowed, false);
            OperationRegistry.set(servletContext, OperationRegistry.createEmpty());
            DataAccessPointRegistry.set(servletContext, SparqlServices.build(store, gate, limits));
        };
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(SparqlProperties limits) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(limits.maxBodySize()));
        registration.addUrlPatterns(PATHS);
        registration.setOrder(1);
        return registration;
    }

    /** Answers of the query service, kept per store version. */
    @Bean
    FilterRegistrationBean<QueryCache> queryCache(KgStore store, CacheProperties cache, SparqlProperties limits) {
        FilterRegistrationBean<QueryCache> registration = new FilterRegistrationBean<>(QueryCache.create(store, cache, limits.timeout()));
        registration.addUrlPatterns(SparqlRoutes.QUERY);
        registration.setOrder(2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<FusekiFilter> fusekiFilter() {
        FilterRegistrationBean<FusekiFilter> registration = new FilterRegistrationBean<>(new FusekiFilter());
        registration.addUrlPatterns(PATHS);
        registration.setOrder(3);
        return registration;
    }

    /**
     * Tomcat reads form bodies itself and silently drops forms over its own limit: keep it at the same size.
     * After an early 413 Tomcat reads and drops the rest of the body before answering; if the rest is larger
     * than it will drop, it closes the connection under the client, which may then lose the answer. A client
     * that asks before sending (Expect: 100-continue) gets "continue" only when the body is read, so an
     * oversized body is refused before it is sent: told to go on, the client would still be sending when
     * Tomcat closes the connection after the 413, and the reset could lose the answer.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> bodyLimits(SparqlProperties limits) {
        int maxBody = (int) limits.maxBodySize().toBytes();
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setMaxPostSize(maxBody);
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setMaxSwallowSize(SWALLOWED_BODIES_PER_LIMIT * maxBody);
                http.setContinueResponseTiming("onRead");
            }
        });
    }
}
