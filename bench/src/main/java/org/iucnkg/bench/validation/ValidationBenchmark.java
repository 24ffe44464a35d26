package org.iucnkg.bench.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.bench.Benchmark;
import org.iucnkg.bench.Measurement;
import org.iucnkg.bench.Run;
import org.iucnkg.ingest.Bundled;
import org.iucnkg.validate.ShaclValidator;

/**
 * The whole store validated by Jena SHACL and by RDF4J's ShaclSail (our validator: bulk, prepared sails),
 * on the same in-memory graph and the same shapes, warm, several times each (one RDF4J validation
 * given up after {@link #CAP}, and then nothing more measured); then both on a
 * deliberately broken copy, whose violation sets (focus node, path, constraint component) must be
 * identical; then the per-document gate (each source graph with the context, as an ingest checks it),
 * one thread against two.
 */
public final class ValidationBenchmark implements Benchmark {
    static final int GATE_SAMPLE = 400;
    static final long BROKEN_SEED = 42;
    /** The longest one validation may take; at 10m RDF4J's may run for hours, and the run must end. */
    static final Duration CAP = Duration.ofMinutes(10);

    @Override
    public String name() { return "validation"; }

    @Override
    public List<Measurement> run(Run run) throws Exception {
        ValidationData data = ValidationData.read(run.dump(), GATE_SAMPLE);
        ShaclValidator rdf4j = new ShaclValidator();
        Shapes jenaShapes = Shapes.parse(shapesGraph());
        Function<Graph, Model> ours = g -> rdf4j.validate(g).report();
        Function<Graph, Model> jena = g -> org.apache.jena.shacl.ShaclValidator.get().validate(jenaShapes, g).getModel();
        List<Measurement> results = new ArrayList<>();
        results.add(run.measure(name(), "data", "triples", 1, data.union().size(), "triples", "every graph of the store as one"));
        SortedSet<String> jenaValid = timed(run, results, "jena-shacl", "seconds", data.union(), jena);
        SortedSet<String> oursValid;
        try {
            oursValid = timed(run, results, "rdf4j-shaclsail", "seconds", data.union(), capped(ours));
        } catch (CancellationException e) {
            results.add(run.measure(name(), "rdf4j-shaclsail", "unfinished", 1, CAP.toSeconds(), "s",
                    "one validation of the whole store did not finish within the cap; the rest was not measured"));
            return results;
        }
        compare(run, results, "valid", oursValid, jenaValid);

        Graph broken = Breaker.broken(data.union(), BROKEN_SEED);
        SortedSet<String> oursBroken = violations(timedOnce(run, results, "rdf4j-shaclsail", broken, ours));
        SortedSet<String> jenaBroken = violations(timedOnce(run, results, "jena-shacl", broken, jena));
        compare(run, results, "broken", oursBroken, jenaBroken);

        gate(run, results, rdf4j.withContext(data.context()), data.someSources().values().stream().filter(g -> !g.isEmpty()).toList());
        return results;
    }

    /**
     * One warm-up, then {@link Run#iterations()} measured validations; the keys of the last report. Asked
     * for a single validation (the largest scale, where one takes minutes and warms the JIT itself), no warm-up.
     */
    private SortedSet<String> timed(Run run, List<Measurement> results, String system, String metric, Graph data,
                                    Function<Graph, Model> engine) {
        boolean warmUp = run.iterations() > 1;
        if (warmUp) engine.apply(data);
        SortedSet<String> keys = null;
        for (int i = 1; i <= run.iterations(); i++) {
            long start = System.nanoTime();
            Model report = engine.apply(data);
            results.add(run.measure(name(), system, metric, i, (System.nanoTime() - start) / 1e9, "s", warmUp ? "warm" : "single run, no warm-up"));
            keys = ResultKeys.of(report);
        }
        results.add(run.measure(name(), system, "results", 1, keys.size(), "results", "violations and warnings"));
        return keys;
    }

    private SortedSet<String> timedOnce(Run run, List<Measurement> results, String system, Graph data, Function<Graph, Model> engine) {
        long start = System.nanoTime();
        Model report = engine.apply(data);
        results.add(run.measure(name(), system, "seconds-broken", 1, (System.nanoTime() - start) / 1e9, "s", "broken copy"));
        SortedSet<String> keys = ResultKeys.of(report);
        results.add(run.measure(name(), system, "violations-broken", 1, violations(keys).size(), "results", "severity Violation"));
        return keys;
    }

    private void compare(Run run, List<Measurement> results, String which, SortedSet<String> ours, SortedSet<String> theirs) throws IOException {
        SortedSet<String> onlyOurs = new TreeSet<>(ours);
        onlyOurs.removeAll(theirs);
        SortedSet<String> onlyTheirs = new TreeSet<>(theirs);
        onlyTheirs.removeAll(ours);
        List<String> lines = new ArrayList<>();
        onlyOurs.forEach(k -> lines.add("only rdf4j: " + k));
        onlyTheirs.forEach(k -> lines.add("only jena:  " + k));
        Files.write(run.work().resolve("validation-diff-" + which + ".txt"), lines);
        results.add(run.measure(name(), "both", "identical-" + which, 1, lines.isEmpty() ? 1 : 0, "bool",
                onlyOurs.size() + " only in RDF4J, " + onlyTheirs.size() + " only in Jena"));
    }

    /** Each sample source graph validated with the context as an ingest does: one thread, then two. */
    private void gate(Run run, List<Measurement> results, ShaclValidator withContext, List<Graph> sources) throws Exception {
        sources.forEach(withContext::validate);
        for (int threads : new int[] {1, 2}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long start = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (Graph g : sources) done.add(pool.submit(() -> withContext.validate(g)));
                for (Future<?> f : done) f.get();
                double seconds = (System.nanoTime() - start) / 1e9;
                results.add(run.measure(name(), "rdf4j-gate-" + threads + "-thread" + (threads > 1 ? "s" : ""), "ms-per-document", 1,
                        seconds * 1000 / sources.size(), "ms", sources.size() + " source graphs, each with the context"));
            } finally {
                pool.shutdown();
            }
        }
    }

    /**
     * {@code engine} on a thread of its own, given up after {@link #CAP} (CancellationException). A validation
     * cannot be interrupted, so the thread is a daemon left running: the benchmark process ends after it.
     */
    private static Function<Graph, Model> capped(Function<Graph, Model> engine) {
        return g -> {
            ExecutorService one = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "capped-validation");
                t.setDaemon(true);
                return t;
            });
            try {
                return one.submit(() -> engine.apply(g)).get(CAP.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new CancellationException("over " + CAP);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                one.shutdown();
            }
        };
    }

    private static SortedSet<String> violations(SortedSet<String> keys) {
        SortedSet<String> v = new TreeSet<>();
        keys.stream().filter(k -> k.startsWith("Violation ")).forEach(v::add);
        return v;
    }

    private static Graph shapesGraph() {
        Graph shapes = GraphFactory.createDefaultGraph();
        for (Bundled.File f : Bundled.shapes()) {
            try (InputStream in = f.open()) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shapes;
    }
}
