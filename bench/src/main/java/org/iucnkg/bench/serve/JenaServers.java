package org.iucnkg.bench.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.iucnkg.bench.Jvm;
import org.iucnkg.bench.Run;

/**
 * Starts the Jena-based servers on a copy of the store the ingest benchmark produced: our service
 * (the application, its own JVM with the measured flags and the serving heap) and the standalone Fuseki
 * server 5.6.0 (the jar from the local Maven repository, same flags and heap, union default graph).
 */
final class JenaServers {
    static final Duration READY = Duration.ofMinutes(30);
    private final Run run;
    private final Http http;

    JenaServers(Run run, Http http) {
        this.run = run;
        this.http = http;
    }

    /** Our service; {@code fixes}: the read mirror and the result cache on (the defaults) or off. */
    Server ours(String system, boolean fixes) throws IOException, InterruptedException {
        Path store = Stores.copy(run.work().resolve("ours-tdb2"), run.work().resolve(system + "-store"));
        int port = Server.freePort();
        List<String> args = List.of("--kg.store.path=" + store, "--kg.store.bootstrap=false", "--server.address=127.0.0.1",
                "--server.port=" + port, "--kg.store.read-mirror=" + fixes, "--kg.cache.enabled=" + fixes);
        String base = "http://127.0.0.1:" + port;
        Server server = Server.start(system, run.server().withoutTestClasses().withClassPathFirst(List.of(run.corpus())).command("org.iucnkg.Application", args),
                run.work().resolve(system + ".log"), base, base + "/sparql");
        return ready(server, h -> {
            Http.Answer health = h.get(base + "/actuator/health", "application/json");
            return health.ok() && new String(health.body()).contains("\"UP\"");
        });
    }

    Server fuseki() throws IOException, InterruptedException {
        Path store = Stores.copy(run.work().resolve("ours-tdb2"), run.work().resolve("fuseki-store"));
        int port = Server.freePort();
        List<String> command = new ArrayList<>();
        command.add(run.server().java());
        command.addAll(run.server().flags());
        command.addAll(List.of("-jar", fusekiJar().toString(), "--localhost", "--port=" + port, "--tdb2", "--loc", store.toString(),
                "--set", "tdb:unionDefaultGraph=true", "/ds"));
        String base = "http://127.0.0.1:" + port;
        Server server = Server.start("fuseki", command, run.work().resolve("fuseki.log"), base, base + "/ds/sparql");
        return ready(server, h -> h.query(base + "/ds/sparql", "ASK {}", Http.RESULTS).ok());
    }

    private Server ready(Server server, Server.ReadyCheck check) throws IOException, InterruptedException {
        try {
            return server.awaitReady(http, check, READY);
        } catch (RuntimeException | IOException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    /** jena-fuseki-server of the Jena version on the class path, next to jena-arq in the local repository. */
    private Path fusekiJar() {
        for (Path entry : run.java().classPath()) {
            Path version = entry.getParent();
            if (version != null && version.getParent() != null && version.getParent().getFileName().toString().equals("jena-arq")) {
                String v = version.getFileName().toString();
                Path jar = version.getParent().resolveSibling("jena-fuseki-server").resolve(v).resolve("jena-fuseki-server-" + v + ".jar");
                if (Files.exists(jar)) return jar;
                throw new IllegalStateException(jar + " is missing: mvn dependency:get -Dartifact=org.apache.jena:jena-fuseki-server:" + v);
            }
        }
        throw new IllegalStateException("no jena-arq on the class path: cannot find jena-fuseki-server");
    }
}
