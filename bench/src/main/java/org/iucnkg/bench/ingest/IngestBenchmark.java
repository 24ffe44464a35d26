package org.iucnkg.bench.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iucnkg.bench.Benchmark;
import org.iucnkg.bench.Jvm;
import org.iucnkg.bench.Measurement;
import org.iucnkg.bench.Run;
import org.iucnkg.bench.profile.JfrTop;

/**
 * End-to-end validated ingest of the corpus ({@code iucn-kg ingest --bulk}: parse, resolve, SHACL,
 * TDB2) against Jena's bulk loader ({@code tdb2.tdbloader --loader=basic}) loading the N-Quads of the
 * resulting store into an empty TDB2, each in a fresh JVM with the same flags, alternating. Both
 * rates are the store's quads over the wall-clock time of the whole process. On request
 * ({@link Run#before()}) the document-by-document ingest (no {@code --bulk}) is measured too: the
 * path before the bulk one.
 */
public final class IngestBenchmark implements Benchmark {
    static final String APP = "org.iucnkg.Application";
    static final String LOADER = "tdb2.tdbloader";
    private static final Pattern SUMMARY = Pattern.compile(
            "^ingested (\\d+) of (\\d+) files? into .*: (\\d+) triples?, (\\d+) warnings?; (\\d+) refused, (\\d+) unreadable");

    @Override
    public String name() { return "ingest"; }

    @Override
    public List<Measurement> run(Run run) throws Exception {
        List<Measurement> results = new ArrayList<>();
        Path sources = run.corpus().resolve("sources");
        long quads = -1;
        for (int r = 1; r <= run.runs(); r++) {
            Path store = fresh(run.work().resolve("ours-tdb2"));
            Jvm jvm = run.javaWithCorpus().withoutTestClasses();
            if (r == 1) jvm = jvm.withFlags(List.of("-XX:StartFlightRecording=filename=" + run.work().resolve("ours.jfr") + ",settings=profile"));
            Jvm.Exit ours = jvm.run(APP, List.of("ingest", "--bulk", sources.toString(), "--store", store.toString()), run.work().resolve("ours-" + r + ".log"));
            Matcher summary = summary(ours);
            if (quads < 0) quads = dump(run, store);
            results.addAll(ingestRows(run, "ours-bulk", r, ours, summary, quads, r == 1 ? "JFR recording on" : ""));
            Path loc = fresh(run.work().resolve("loader-tdb2"));
            Jvm.Exit loader = run.java().run(LOADER, List.of("--loader=basic", "--loc", loc.toString(), run.dump().toString()),
                    run.work().resolve("loader-" + r + ".log")).requireSuccess("tdb2.tdbloader");
            results.addAll(processRows(run, "tdbloader-basic", r, loader, quads, ""));
        }
        Files.writeString(run.work().resolve("ours-profile.txt"),
                JfrTop.summary(run.work().resolve("ours.jfr"), 25, List.of("org.iucnkg", "org.eclipse.rdf4j.sail.shacl.ShaclSailConnection",
                        "org.apache.jena.tdb2", "org.apache.jena.dboe")));
        if (run.before()) {
            Path store = fresh(run.work().resolve("one-by-one-tdb2"));
            Jvm.Exit one = run.javaWithCorpus().withoutTestClasses().run(APP, List.of("ingest", sources.toString(), "--store", store.toString()),
                    run.work().resolve("one-by-one.log"));
            results.addAll(ingestRows(run, "ours-one-by-one", 1, one, summary(one), quads, "before the bulk path"));
        }
        return results;
    }

    private List<Measurement> ingestRows(Run run, String system, int r, Jvm.Exit exit, Matcher summary, long quads, String note) {
        List<Measurement> rows = new ArrayList<>(processRows(run, system, r, exit, quads, note));
        rows.addAll(List.of(
                run.measure(name(), system, "store-quads", r, quads, "quads", "base graphs included"),
                run.measure(name(), system, "source-triples", r, Long.parseLong(summary.group(3)), "triples", ""),
                run.measure(name(), system, "documents", r, Long.parseLong(summary.group(2)), "files", ""),
                run.measure(name(), system, "refused", r, Long.parseLong(summary.group(5)), "files", "")));
        return rows;
    }

    /** Wall-clock and CPU time, rate, peak memory of one process. */
    private List<Measurement> processRows(Run run, String system, int r, Jvm.Exit exit, long quads, String note) {
        String when = note.isEmpty() ? exit.load() : note + "; " + exit.load();
        return List.of(
                run.measure(name(), system, "seconds", r, exit.seconds(), "s", when),
                run.measure(name(), system, "rate", r, quads / exit.seconds(), "quads/s", note),
                run.measure(name(), system, "cpu-seconds", r, exit.cpuSeconds(), "s", "user + system, all threads"),
                run.measure(name(), system, "peak-memory", r, exit.peakMiB(), "MiB", "resident"));
    }

    /** The summary line; exit code 1 only says some documents were refused, which the corpus wants. */
    private static Matcher summary(Jvm.Exit exit) throws IOException {
        if (exit.code() != 0 && exit.code() != 1) throw new IllegalStateException("ingest failed with exit code " + exit.code() + "; see " + exit.log());
        List<String> lines = exit.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = SUMMARY.matcher(lines.get(i));
            if (m.find()) return m;
        }
        throw new IllegalStateException("no summary line in " + exit.log());
    }

    /** Dumps our store for the loader and the later benchmarks; returns its number of quads. */
    private static long dump(Run run, Path store) throws IOException, InterruptedException {
        run.java().withoutTestClasses().run(APP, List.of("export", "--store", store.toString(), "--format", "nq", "--output", run.dump().toString()),
                run.work().resolve("export.log")).requireSuccess("export");
        try (var lines = Files.lines(run.dump())) {
            return lines.count();
        }
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) Files.delete(p);
            }
        }
        return dir;
    }
}
