package org.iucnkg.bench.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.iucnkg.bench.Benchmark;
import org.iucnkg.bench.Measurement;
import org.iucnkg.bench.Run;

/**
 * Serving the store the ingest produced, side by side: our service (with its defaults, and on request
 * with the read mirror and the result cache off), the standalone Fuseki server and Virtuoso 7, each on
 * its own copy of the same data. For each: start-up time, the SPARQL mix with one and with two clients
 * (query mixes per hour, per-query percentiles), for ours the REST mix, the peak resident memory while
 * serving; and whether the systems give the same number of rows to the same questions.
 */
public final class ServeBenchmark implements Benchmark {
    private static final int[] CLIENTS = {1, 2};
    /** The parameters of the answer check: one fixed draw, the same for every system. */
    private static final int CHECK_SEED = 7;
    /** The answer check stops asking a server after this many failures in a row. */
    private static final int CHECK_GIVE_UP_AFTER = 3;

    @Override
    public String name() { return "serve"; }

    @Override
    public List<Measurement> run(Run run) throws Exception {
        Http http = new Http();
        JenaServers jena = new JenaServers(run, http);
        List<Measurement> results = new ArrayList<>();
        Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
        Pools pools = Pools.read(run.work().resolve("ours-tdb2"));
        List<String> systems = new ArrayList<>(List.of("ours"));
        if (run.before()) systems.add("ours-tdb2-nocache");
        systems.add("fuseki");
        if (Virtuoso.installed()) systems.add("virtuoso");
        else results.add(run.measure("server", "virtuoso", "missing", 1, 1, "", "virtuoso-t or isql-vt not installed"));
        for (String system : systems) {
            System.err.println("serve: " + system);
            try (Server server = start(system, run, jena, http, results)) {
                List<MixQuery> mix = MixQuery.load(system.startsWith("ours"));
                rows.put(system, rows(http, server, mix, pools));
                for (int clients : CLIENTS) measured(results, sparql(run, server, http, mix, pools, clients), "sparql", server.system(), clients, run);
                if (system.startsWith("ours")) measured(results, rest(run, server, http, pools), "rest", server.system(), 1, run);
                results.add(run.measure("server", system, "peak-rss", 1, server.peakMiB(), "MiB", "VmHWM after the mixes"));
            } catch (Exception e) {
                System.err.println("serve: " + system + " failed: " + e);
                e.printStackTrace();
                results.add(run.measure("server", system, "failed", 1, 1, "", e.toString().replaceAll("\\s+", " ")));
            } finally {
                Stores.delete(run.work().resolve(system + "-store"));
                Stores.delete(run.work().resolve(system));
            }
        }
        results.addAll(Agreement.of(run, rows));
        return results;
    }

    private static Server start(String system, Run run, JenaServers jena, Http http, List<Measurement> results) throws Exception {
        if (system.equals("virtuoso")) return virtuoso(run, http, results);
        Server server = switch (system) {
            case "ours" -> jena.ours(system, true);
            case "ours-tdb2-nocache" -> jena.ours(system, false);
            default -> jena.fuseki();
        };
        results.add(run.measure("server", system, "start-seconds", 1, server.startSeconds(), "s", "process start to ready"));
        if (run.serveHeap() > 0) results.add(run.measure("server", system, "max-heap", 1, run.serveHeap(), "MiB", "-Xmx of the server"));
        return server;
    }

    private static Server virtuoso(Run run, Http http, List<Measurement> results) throws Exception {
        Virtuoso virtuoso = Virtuoso.create(run);
        Server server = virtuoso.start(http);
        results.add(run.measure("server", "virtuoso", "start-seconds", 1, server.startSeconds(), "s", "process start to ready, empty database"));
        try {
            results.add(run.measure("server", "virtuoso", "load-seconds", 1, virtuoso.load(), "s", "ld_dir, rdf_loader_run, checkpoint"));
            return server;
        } catch (Exception e) {
            server.close();
            throw e;
        }
    }

    /** Rows (or triples) of each query with the check's parameters; -1 where it failed. */
    private static Map<String, Long> rows(Http http, Server server, List<MixQuery> mix, Pools pools) {
        Map<String, Long> rows = new LinkedHashMap<>();
        int failedInARow = 0;
        for (MixQuery q : mix) {
            if (failedInARow >= CHECK_GIVE_UP_AFTER) {
                rows.put(q.name(), -1L); // not asked: the last ones failed (timed out, mostly), the mixes will tell more
                continue;
            }
            try {
                rows.put(q.name(), http.count(server.sparql(), q.instance(pools, new Random(CHECK_SEED)), q.isDescribe()));
                failedInARow = 0;
            } catch (Exception e) {
                System.err.println("serve: " + server.system() + " " + q.name() + ": " + e.getMessage());
                rows.put(q.name(), -1L);
                failedInARow++;
            }
        }
        return rows;
    }

    /** Keeps a driven mix's numbers; a server that stopped answering is not asked anything more. */
    private static void measured(List<Measurement> results, MixDriver.Result result, String benchmark, String system, int clients, Run run) {
        results.addAll(Percentiles.rows(run, benchmark, system, clients, result));
        if (result.abandoned()) throw new IllegalStateException("stopped answering (" + MixDriver.GIVE_UP_AFTER
                + " failed requests in a row, " + benchmark + " mix, " + clients + " clients; first failure: " + result.firstError() + ")");
    }

    private static MixDriver.Result sparql(Run run, Server server, Http http, List<MixQuery> mix, Pools pools, int clients) throws Exception {
        MixDriver driver = new MixDriver(i -> {
            Random random = MixDriver.random(i);
            return mix.stream().map(q -> {
                String text = q.instance(pools, random);
                String accept = q.isDescribe() ? Http.TURTLE : Http.RESULTS;
                return new MixDriver.Step(q.name(), () -> http.query(server.sparql(), text, accept));
            }).toList();
        });
        return drive(run, driver, clients);
    }

    private static MixDriver.Result rest(Run run, Server server, Http http, Pools pools) throws Exception {
        RestMix rest = RestMix.of(http, server.base(), pools);
        return drive(run, new MixDriver(rest::mix), 1);
    }

    private static MixDriver.Result drive(Run run, MixDriver driver, int clients) throws InterruptedException {
        return driver.run(clients, Math.max(1, run.mixes() / 10), run.mixes(), Duration.ofSeconds(run.mixSeconds()));
    }
}
