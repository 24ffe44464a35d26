package org.iucnkg.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives ({@code kg.store.*}): an embedded TDB2 directory, or a remote SPARQL 1.1 store
 * given by its query, update and Graph Store endpoints. {@code bootstrap} ingests the shipped data
 * into an empty store on start; {@code readMirror} serves the embedded store's reads from an in-memory copy,
 * unless the store holds more than {@code readMirrorMaxQuads} quads when the service starts (the copy costs
 * heap per quad, and on a store that large TDB2's own indexes answer the union default graph faster).
 */
@ConfigurationProperties("kg.store")
public record StoreProperties(
        @DefaultValue("embedded") Mode mode,
        @DefaultValue("./var/tdb2") Path path,
        String queryUrl,
        String updateUrl,
        String gspUrl,
        String username,
        String password,
        @DefaultValue("true") boolean bootstrap,
        @DefaultValue("true") boolean readMirror,
        @DefaultValue("2000000") long readMirrorMaxQuads) {

    public enum Mode { EMBEDDED, REMOTE }
}
