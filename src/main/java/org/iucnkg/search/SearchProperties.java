package org.iucnkg.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The full-text index of the embedded store ({@code kg.search.*}): on unless {@code enabled} is false;
 * its Lucene directory is {@code index-path}, by default {@code text-index} inside the store directory, so
 * deleting the store deletes its index too.
 */
@ConfigurationProperties("kg.search")
public record SearchProperties(@DefaultValue("true") boolean enabled, Path indexPath) {

    /** Where the index of the store in {@code storeDirectory} lives. */
    public Path indexFor(Path storeDirectory) {
        return indexPath != null ? indexPath : storeDirectory.resolve("text-index");
    }
}
