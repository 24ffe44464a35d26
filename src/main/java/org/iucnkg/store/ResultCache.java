package org.iucnkg.store;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers kept per store version: an answer is only ever served for the version it was computed on, and
 * the first request after a write empties the cache. The version is read before the answer is computed,
 * and the store moves its version on only once a write is visible, so an answer is never filed under a
 * version newer than its data. Bounded by the weight (about the bytes) of what it holds.
 */
public final class ResultCache<K, V> {
    private record Key<K>(long version, K key) {}

    private final KgStore store;
    private final Cache<Key<K>, V> cache;
    private final ToLongFunction<V> weigher;
    private final long maxEntryWeight;
    private volatile long version;

    private ResultCache(KgStore store, Cache<Key<K>, V> cache, ToLongFunction<V> weigher, long maxEntryWeight) {
        this.store = store;
        this.cache = cache;
        this.weigher = weigher;
        this.maxEntryWeight = maxEntryWeight;
        this.version = store.version();
    }

    /** A cache as configured; {@code weigher} estimates an answer's size in bytes. */
    public static <K, V> ResultCache<K, V> create(KgStore store, CacheProperties settings, ToLongFunction<V> weigher) {
        Cache<Key<K>, V> cache = settings.enabled()
                ? Caffeine.newBuilder()
                        .maximumWeight(settings.maxSize().toBytes())
                        .<Key<K>, V>weigher((key, value) -> (int) Math.min(Integer.MAX_VALUE, weigher.applyAsLong(value)))
                        .build()
                : null;
        return new ResultCache<>(store, cache, weigher, settings.maxEntryBytes());
    }

    /** The answer for {@code key} at the store's current version, computed (outside any lock) if not kept. */
    public V get(K key, Supplier<V> compute) {
        if (cache == null) return compute.get();
        Key<K> versioned = new Key<>(currentVersion(), key);
        V kept = cache.getIfPresent(versioned);
        if (kept != null) return kept;
        V computed = compute.get();
        put(versioned, computed);
        return computed;
    }

    /** A kept answer for {@code key} at the current version, for callers that compute and {@link #put} themselves. */
    public Optional<V> find(K key) {
        return cache == null ? Optional.empty() : Optional.ofNullable(cache.getIfPresent(new Key<>(currentVersion(), key)));
    }

    /** The version to compute an answer on and {@link #put} it under: read it before computing. */
    public long currentVersion() {
        long now = store.version();
        if (now != version) {
            version = now;
            if (cache != null) cache.invalidateAll();
        }
        return now;
    }

    /** Keeps {@code value} as the answer for {@code key} at {@code version}, unless it is too large to be worth it. */
    public void put(long version, K key, V value) {
        if (cache != null) put(new Key<>(version, key), value);
    }

    private void put(Key<K> key, V value) {
        if (key.version() == version && weigher.applyAsLong(value) <= maxEntryWeight) cache.put(key, value);
    }

    /** The largest answer that is kept. */
    public long maxEntryBytes() {
        return maxEntryWeight;
    }

    public boolean enabled() {
        return cache != null;
    }
}
