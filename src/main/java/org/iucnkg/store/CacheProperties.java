package org.iucnkg.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The result caches of the read paths ({@code kg.cache.*}): on unless {@code enabled} is false, each
 * holding at most {@code maxSize} of answers; an answer larger than a sixteenth of that is not kept.
 */
@ConfigurationProperties("kg.cache")
public record CacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize) {

    /** The largest answer worth keeping. */
    public long maxEntryBytes() {
        return maxSize.toBytes() / 16;
    }
}
