package org.iucnkg.bench.serve;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Runs query mixes the way BSBM does: each client runs whole mixes one after another, the mixes are
 * numbered and mix {@code i} draws its parameters from seed {@code i}, so every system gets the same
 * questions. First the warm-up mixes (not measured), then measured mixes until the number or the time
 * budget is reached (a started mix is finished). Each client count has mixes of its own numbers: a run with
 * two clients does not ask again what the run with one asked, which a result cache would answer unmeasured.
 * A client gives up after {@value #GIVE_UP_AFTER} failed requests in a row: the server has stopped answering.
 */
final class MixDriver {

    /** One request of a mix: what it is (the query or route name) and how to send it. */
    record Step(String label, Request request) {}

    interface Request {
        Http.Answer send() throws Exception;
    }

    /** Measured mixes, their wall-clock seconds, the milliseconds of each request by label, and failures. */
    record Result(int mixes, double seconds, Map<String, List<Double>> millis, int errors, String firstError, boolean abandoned) {
        double mixesPerHour() { return mixes * 3600 / seconds; }
    }

    private static final int WARMUP_MIXES = 100_000_000;
    private static final int MIXES_PER_CLIENT_COUNT = 1_000_000;
    static final int GIVE_UP_AFTER = 10;

    private final IntFunction<List<Step>> mixes;

    /**
     * The random source of mix {@code i}. Not {@code new Random(i)}: with neighbouring seeds its first draws
     * are nearly equal (50 mixes asked 2 distinct years), so the first question of each mix was mostly
     * answered from a result cache.
     */
    static Random random(int mix) {
        return new Random(new SplittableRandom(mix).nextLong());
    }

    MixDriver(IntFunction<List<Step>> mixes) {
        this.mixes = mixes;
    }

    Result run(int clients, int warmup, int measured, Duration budget) throws InterruptedException {
        Result warm = drive(clients, WARMUP_MIXES, warmup, budget.dividedBy(2));
        if (warm.abandoned()) return warm;
        return drive(clients, clients * MIXES_PER_CLIENT_COUNT, measured, budget);
    }

    private Result drive(int clients, int firstMix, int count, Duration budget) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger gaveUp = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>("");
        Map<String, List<Double>> millis = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                int failedInARow = 0;
                for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline && gaveUp.get() == 0; i = next.getAndIncrement()) {
                    for (Step step : mixes.apply(firstMix + i)) {
                        try {
                            Http.Answer answer = step.request().send();
                            millis.computeIfAbsent(step.label(), k -> new CopyOnWriteArrayList<>()).add(answer.millis());
                            failedInARow = answer.ok() ? 0 : failedInARow + 1;
                            if (!answer.ok()) fail(errors, firstError, step.label() + ": " + answer.status() + " "
                                    + new String(answer.body(), StandardCharsets.UTF_8).lines().limit(3).toList());
                        } catch (Exception e) {
                            failedInARow++;
                            fail(errors, firstError, step.label() + ": " + e);
                        }
                        if (failedInARow >= GIVE_UP_AFTER) {
                            gaveUp.incrementAndGet();
                            return;
                        }
                    }
                    done.incrementAndGet();
                }
            }, "client-" + c);
            client.start();
            threads.add(client);
        }
        for (Thread t : threads) t.join();
        return new Result(done.get(), (System.nanoTime() - start) / 1e9, millis, errors.get(), firstError.get(), gaveUp.get() > 0);
    }

    private static void fail(AtomicInteger errors, AtomicReference<String> first, String what) {
        errors.incrementAndGet();
        first.compareAndSet("", what.replaceAll("[\\t\\n]+", " "));
    }
}
