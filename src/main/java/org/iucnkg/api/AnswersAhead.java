package org.iucnkg.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.iucnkg.query.BadParameterException;
import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryRunner;
import org.iucnkg.store.CacheProperties;
import org.iucnkg.store.KgStore;
import org.iucnkg.store.MirroredStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Answers the routes declared answered ahead ({@link Route#answeredAheadFor}) before anyone asks: the first
 * page for every value of the parameter, into the result cache the requests read. A year's events or a
 * country's organisations grow with the data (thousands of rows to sort at 10M triples), while the years and
 * countries stay few. It runs after the service starts and after each write, once the store has not changed
 * for a second, on one background thread, and stops a round as soon as the store changes again. Only a store
 * read from TDB2 or a remote store is answered ahead, not the in-memory read copy.
 */
@Component
class AnswersAhead {
    private static final Logger log = LoggerFactory.getLogger(AnswersAhead.class);
    private static final long QUIET_MILLIS = 1000;

    private final RouteRegistration routes;
    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final KgStore store;
    private final boolean wanted;
    private ScheduledExecutorService thread;
    private long seen = Long.MIN_VALUE;
    private volatile long answered = Long.MIN_VALUE;

    AnswersAhead(RouteRegistration routes, QueryCatalog catalog, QueryRunner runner, KgStore store, ApiProperties api, CacheProperties cache) {
        this.routes = routes;
        this.catalog = catalog;
        this.runner = runner;
        this.store = store;
        // without a cache nothing would be kept; the in-memory copy answers these routes in milliseconds and
        // shares the heap with the kept answers (at 1m triples in 1.4 GB they brought 1.5 s full collections)
        this.wanted = api.answerAhead() && cache.enabled() && !(store instanceof MirroredStore);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!wanted) return;
        thread = Executors.newSingleThreadScheduledExecutor(daemonThreads("answers-ahead-"));
        thread.scheduleWithFixedDelay(this::round, 0, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Threads that do not keep the JVM alive, named {@code prefix} and a number. */
    static ThreadFactory daemonThreads(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }

    @PreDestroy
    void stop() {
        if (thread != null) thread.shutdownNow();
    }

    /** The store version whose answers have all been computed ahead; none before the first round ends. */
    long answeredVersion() {
        return answered;
    }

    /** Answers ahead for the store's version if it has not changed since the last look and is not answered yet. */
    private void round() {
        long version = store.version();
        boolean quiet = version == seen;
        seen = version;
        if (!quiet || version == answered) return;
        long start = System.nanoTime();
        int asked = 0;
        try {
            for (Map.Entry<Route, Consumer<Map<String, String>>> route : routes.answeredAhead().entrySet()) {
                Route.Ahead ahead = route.getKey().ahead();
                for (String value : values(ahead.valuesQuery())) {
                    if (store.version() != version) return; // a write: the next quiet moment starts again
                    answer(route.getValue(), Map.of(ahead.param(), value));
                    asked++;
                }
            }
            log.info("Answered ahead for store version {}: {} values in {} ms", version, asked, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Answering ahead stopped for store version {}: {}", version, e.getMessage());
        }
        answered = version; // also after a failure, which the next change may not repeat
    }

    private List<String> values(String valuesQuery) {
        return runner.all(catalog.get(valuesQuery), Map.of()).records().stream()
                .map(row -> String.valueOf(row.get("value"))).toList();
    }

    /** A value the route refuses (a year it cannot read) or a resource that is not there is skipped. */
    private static void answer(Consumer<Map<String, String>> route, Map<String, String> args) {
        try {
            route.accept(args);
        } catch (BadParameterException | NotFoundException e) {
            log.debug("Not answered ahead: {}: {}", args, e.getMessage());
        }
    }
}
