package org.iucnkg.web;

import java.util.function.Supplier;

import org.iucnkg.store.KgStore;

/** A value computed from the graph, kept until the next write changes {@link KgStore#version()}. */
final class VersionedCache<T> {
    private record Entry<T>(long version, T value) {}

    private final KgStore store;
    private final Supplier<T> compute;
    private volatile Entry<T> entry;

    VersionedCache(KgStore store, Supplier<T> compute) {
        this.store = store;
        this.compute = compute;
    }

    T get() {
        long version = store.version();
        Entry<T> current = entry;
        if (current == null || current.version() != version) {
            current = new Entry<>(version, compute.get());
            entry = current;
        }
        return current.value();
    }
}
