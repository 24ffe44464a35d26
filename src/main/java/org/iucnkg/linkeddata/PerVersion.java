package org.iucnkg.linkeddata;

import java.util.function.Supplier;

import org.iucnkg.store.KgStore;

/** A value computed from the store and kept until the store's version changes. */
final class PerVersion<T> {
    private record Entry<T>(long version, T value) {}

    private final KgStore store;
    private final Supplier<T> compute;
    private Entry<T> entry;

    PerVersion(KgStore store, Supplier<T> compute) {
        this.store = store;
        this.compute = compute;
    }

    /**
     * The value for the current version. The version is read before computing, so a write during the
     * computation leaves an older label on newer data, and the next call computes again.
     */
    synchronized T get() {
        long version = store.version();
        if (entry == null || entry.version() != version) entry = new Entry<>(version, compute.get());
        return entry.value();
    }
}
