package org.iucnkg.linkeddata;

import java.nio.file.Path;

import org.iucnkg.store.StoreProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the dump files are kept ({@code kg.dumps.path}); by default a {@code dumps} directory next to the store's. */
@ConfigurationProperties("kg.dumps")
public record DumpProperties(Path path) {

    Path directory(StoreProperties store) {
        return path != null ? path : store.path().toAbsolutePath().normalize().resolveSibling("dumps");
    }
}
