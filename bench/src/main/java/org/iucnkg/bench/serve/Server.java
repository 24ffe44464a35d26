package org.iucnkg.bench.serve;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server process the benchmark started: its SPARQL endpoint, the base of its HTTP routes, how long it
 * took from process start to answering, and its peak resident memory. Closing stops it; a shutdown hook
 * stops it too if the benchmark dies first.
 */
final class Server implements AutoCloseable {
    private final String system;
    private final Process process;
    private final Thread hook;
    private final String base;
    private final String sparql;
    private double startSeconds;

    private Server(String system, Process process, String base, String sparql) {
        this.system = system;
        this.process = process;
        this.base = base;
        this.sparql = sparql;
        this.hook = new Thread(this::stop);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts {@code command}, its output to {@code log}; {@link #awaitReady} then waits for it to answer. */
    static Server start(String system, List<String> command, Path log, String base, String sparql) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Server(system, process, base, sparql);
    }

    /** Waits until {@code ready} answers true, recording the seconds since the process started. */
    Server awaitReady(Http http, ReadyCheck ready, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException(system + " exited with " + process.exitValue() + " before it was ready");
            try {
                if (ready.ready(http)) {
                    startSeconds = Duration.between(process.info().startInstant().orElseThrow(), java.time.Instant.now()).toMillis() / 1e3;
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(system + " did not get ready within " + limit);
    }

    interface ReadyCheck {
        boolean ready(Http http) throws IOException, InterruptedException;
    }

    String system() { return system; }

    String base() { return base; }

    String sparql() { return sparql; }

    double startSeconds() { return startSeconds; }

    /** The peak resident set size so far (VmHWM), in MiB; NaN where /proc is missing. */
    double peakMiB() throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) return Double.NaN;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
        return Double.NaN;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
