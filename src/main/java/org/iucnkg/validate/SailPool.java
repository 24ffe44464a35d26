package org.iucnkg.validate;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Prepared sails for concurrent validations: each validation borrows one (made on demand) and gives
 * it back; at most one idle sail per processor is kept, the others are shut down.
 */
final class SailPool {
    private static final int MAX_IDLE = Runtime.getRuntime().availableProcessors();

    private final Supplier<PreparedSail> factory;
    private final ConcurrentLinkedDeque<PreparedSail> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    SailPool(Supplier<PreparedSail> factory) {
        this.factory = factory;
    }

    /** Shuts down the idle sails; for when the pool's owner is gone. */
    void shutDown() {
        for (PreparedSail sail = idle.pollFirst(); sail != null; sail = idle.pollFirst()) sail.shutDown();
    }

    <T> T with(Function<PreparedSail, T> work) {
        PreparedSail sail = idle.pollFirst();
        if (sail == null) sail = factory.get();
        else idleCount.decrementAndGet();
        try {
            return work.apply(sail);
        } finally {
            if (idleCount.incrementAndGet() <= MAX_IDLE) {
                idle.offerFirst(sail);
            } else {
                idleCount.decrementAndGet();
                sail.shutDown();
            }
        }
    }
}
