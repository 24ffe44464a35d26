package org.iucnkg.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The standalone Fuseki server (target/fuseki/jena-fuseki-server.jar, copied there by the build) run as
 * a separate process: an in-memory TDB2 dataset at /ds, updatable, whose default graph is the union of
 * its named graphs, which asks every client for HTTP Basic credentials, and which stops any query
 * after 10 s.
 */
public final class StandaloneFuseki implements AutoCloseable {
    private static final Path JAR = Path.of("target/fuseki/jena-fuseki-server.jar");

    private final Process process;
    private final int port;
    private final String username;
    private final String password;

    private StandaloneFuseki(Process process, int port, String username, String password) {
        this.process = process;
        this.port = port;
        this.username = username;
        this.password = password;
    }

    public static StandaloneFuseki start(String username, String password) {
        if (!Files.exists(JAR)) throw new IllegalStateException(JAR + " is missing: run the build (process-test-resources) first");
        int port = freePort();
        try {
            Path passwords = Files.createTempFile("fuseki-passwd", ".txt");
            Files.writeString(passwords, username + ": " + password + "\n");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                    "--port=" + port, "--localhost", "--memTDB", "--update", "--timeout=10000", "--passwd=" + passwords, "--auth=basic",
                    "--set", "tdb:unionDefaultGraph=true", "/ds");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Files.createTempFile("fuseki", ".log").toFile()).start();
            StandaloneFuseki fuseki = new StandaloneFuseki(process, port, username, password);
            fuseki.awaitReady();
            return fuseki;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + JAR, e);
        }
    }

    /** The application's settings for this server as its remote store, filled with the shipped data on first start. */
    public void asRemoteStore(DynamicPropertyRegistry settings) {
        settings.add("kg.store.mode", () -> "remote");
        settings.add("kg.store.query-url", () -> endpoint("sparql"));
        settings.add("kg.store.update-url", () -> endpoint("update"));
        settings.add("kg.store.gsp-url", () -> endpoint("data"));
        settings.add("kg.store.username", () -> username);
        settings.add("kg.store.password", () -> password);
        settings.add("kg.store.bootstrap", () -> "true");
    }

    public String endpoint(String service) {
        return "http://localhost:" + port + "/ds/" + service;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(endpoint("sparql") + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("Fuseki exited with " + process.exitValue());
            try {
                client.send(ask, BodyHandlers.discarding());
                return; // it answers (401 without credentials): it is up
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Fuseki did not answer on port " + port + " within 60 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
