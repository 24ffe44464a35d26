package org.iucnkg.bench.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iucnkg.bench.Run;

/**
 * Virtuoso Open Source 7 ({@code virtuoso-t}) with a fresh database in the run directory and an ini
 * written for it (127.0.0.1, free ports, buffers sized for the scale), loaded with its bulk loader from
 * the default graph of our store, the distinct triples of its N-Quads dump ({@link UnionDump}; {@code ld_dir},
 * {@code rdf_loader_run}, {@code checkpoint}) through {@code isql-vt}, into one graph. Its /sparql endpoint answers
 * over all graphs when a query names none, which is then that one.
 */
final class Virtuoso {
    static final Path SERVER = Path.of("/usr/bin/virtuoso-t");
    static final Path ISQL = Path.of("/usr/bin/isql-vt");
    private final Run run;
    private final Path dir;
    private final int sqlPort;

    private Virtuoso(Run run, Path dir, int sqlPort) {
        this.run = run;
        this.dir = dir;
        this.sqlPort = sqlPort;
    }

    static boolean installed() { return Files.isExecutable(SERVER) && Files.isExecutable(ISQL); }

    /** A fresh database directory in the run's work directory, with free ports. */
    static Virtuoso create(Run run) throws IOException {
        Path dir = run.work().resolve("virtuoso");
        Stores.delete(dir);
        Files.createDirectories(dir.resolve("www"));
        return new Virtuoso(run, dir, Server.freePort());
    }

    /** Starts it on the empty database; ready when /sparql answers. */
    Server start(Http http) throws IOException, InterruptedException {
        int httpPort = Server.freePort();
        Files.writeString(dir.resolve("virtuoso.ini"), ini(dir, dir.toAbsolutePath(), sqlPort, httpPort, buffers(run.scale())));
        String base = "http://127.0.0.1:" + httpPort;
        Server server = Server.start("virtuoso", List.of(SERVER.toString(), "+configfile", dir.resolve("virtuoso.ini").toString(), "+foreground"),
                dir.resolve("virtuoso-console.log"), base, base + "/sparql");
        try {
            return server.awaitReady(http, h -> h.query(base + "/sparql", "ASK {}", Http.RESULTS).ok(), JenaServers.READY);
        } catch (RuntimeException | IOException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Bulk-loads the store's default graph into the started server; returns the seconds it took (load and
     * checkpoint; writing the triples file comes before and is not counted).
     */
    double load() throws IOException, InterruptedException {
        Path union = dir.resolve("union.nt").toAbsolutePath();
        UnionDump.write(run.dump(), union);
        long start = System.nanoTime();
        String out = isql("ld_dir('" + union.getParent() + "', '" + union.getFileName()
                + "', 'urn:iucn-kg:bench:union');\nrdf_loader_run();\ncheckpoint;\n"
                + "SELECT 'LOAD-ERRORS', COUNT(*) FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;\n"
                + "SELECT ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;\n");
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!out.matches("(?s).*LOAD-ERRORS\\s+0\\b.*")) throw new IllegalStateException("Virtuoso's bulk load failed:\n" + out);
        return seconds;
    }

    private String isql(String script) throws IOException, InterruptedException {
        Path file = dir.resolve("load.sql");
        Files.writeString(file, script);
        Path log = dir.resolve("load.log");
        Process p = new ProcessBuilder(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba", "dba", file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(6, TimeUnit.HOURS)) p.destroyForcibly();
        String out = Files.readString(log);
        if (p.exitValue() != 0 || out.contains("*** Error")) throw new IllegalStateException("isql-vt failed (" + run.scale() + "):\n" + out);
        return out;
    }

    /** Buffers of 8 KiB, about two thirds of what the data needs at the scale (their guide: 2/3 of free memory). */
    private static int buffers(String scale) {
        return switch (scale) {
            case "100k" -> 60_000;
            case "1m" -> 170_000;
            default -> 680_000;
        };
    }

    private static String ini(Path dir, Path dumps, int sqlPort, int httpPort, int buffers) {
        return """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel = 7
                FileExtend = 200
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase

                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0

                [Parameters]
                ServerPort = 127.0.0.1:%3$d
                DisableUnixSocket = 1
                CheckpointInterval = 60
                O_DIRECT = 0
                CaseMode = 2
                MaxStaticCursorRows = 5000
                AllowOSCalls = 0
                DirsAllowed = ., %2$s
                NumberOfBuffers = %5$d
                MaxDirtyBuffers = %6$d
                MaxQueryMem = 2G
                ThreadsPerQuery = 2
                AsyncQueueMaxThreads = 10

                [HTTPServer]
                ServerPort = 127.0.0.1:%4$d
                ServerRoot = %1$s/www
                MaxClientConnections = 10
                EnabledDavVSP = 0
                HTTPProxyEnabled = 0
                MaxKeepAlives = 10
                KeepAliveTimeout = 10
                Charset = UTF-8

                [Client]
                SQL_PREFETCH_ROWS = 100
                SQL_PREFETCH_BYTES = 16000
                SQL_QUERY_TIMEOUT = 0
                SQL_TXN_TIMEOUT = 0

                [SPARQL]
                ResultSetMaxRows = 1000000
                """.formatted(dir.toAbsolutePath(), dumps, sqlPort, httpPort, buffers, buffers * 3 / 4);
    }
}
