package org.iucnkg.sparql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the SPARQL endpoints ({@code kg.sparql.*}). {@code maxRows} caps the results of anonymous
 * queries, {@code authenticatedMaxRows} those of signed-in users (0: no cap). SERVICE and LOAD make the
 * server fetch from other hosts, so both are off unless enabled.
 */
@ConfigurationProperties("kg.sparql")
public record SparqlProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("10000") long maxRows,
        @DefaultValue("0") long authenticatedMaxRows,
        @DefaultValue("10MB") DataSize maxBodySize,
        @DefaultValue("false") boolean allowService,
        @DefaultValue("false") boolean allowLoad) {

    /** The row cap for a request; 0 means none. */
    long rowCap(boolean authenticated) {
        return authenticated ? authenticatedMaxRows : maxRows;
    }
}
