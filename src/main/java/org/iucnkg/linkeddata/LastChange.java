package org.iucnkg.linkeddata;

import java.time.Instant;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.iucnkg.store.KgStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the graph last changed, as far as this service can tell: for the version it started with (after
 * any first-start ingest), the latest ingest the data records; for every later version, the time this
 * service first saw it.
 */
@Component
class LastChange {
    private record Seen(long version, Instant at) {}

    private final KgStore store;
    private Seen seen;

    LastChange(KgStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void started() {
        seen = new Seen(store.version(), latestIngest());
    }

    synchronized Instant at() {
        if (seen == null) started();
        long version = store.version();
        if (seen.version() != version) seen = new Seen(version, Instant.now());
        return seen.at();
    }

    private Instant latestIngest() {
        Node latest = StoreQueries.select(store, Queries.load("last-ingest"), Map.of()).next().get("latest");
        if (latest == null || !(latest.getLiteralValue() instanceof XSDDateTime time)) return Instant.now();
        return time.asCalendar().toInstant();
    }
}
