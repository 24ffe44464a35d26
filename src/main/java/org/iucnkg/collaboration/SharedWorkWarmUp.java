package org.iucnkg.collaboration;

import org.iucnkg.store.KgStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads who works on what once the service is ready, on a thread of its own, so that the first request for
 * collaborators after a start does not wait for it (about 2 s at 10m triples). Only a store read from TDB2 keeps it.
 */
@Component
class SharedWorkWarmUp {
    private final KgStore store;

    SharedWorkWarmUp(KgStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        store.local().ifPresent(data -> {
            Thread reading = new Thread(() -> Snapshots.warm(data), "shared-work-warm-up");
            reading.setDaemon(true);
            reading.start();
        });
    }
}
