package org.iucnkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iucnkg.bench.gen.Scale;

/** The driver's command line. */
record Options(List<String> scales, long seed, Path work, Path runDir, List<String> benchmarks, Map<String, Integer> runs,
               Map<String, Integer> iterations, Map<String, Integer> mixes, Map<String, Integer> mixSeconds, Map<String, Integer> serveHeap, List<String> before, List<String> flags, Path report, List<String> commands) {

    static final String USAGE = """
            usage: Bench run [--scales 100k,1m,10m] [--seed 42] [--work bench/work] [--run-dir DIR]
                             [--benchmarks ingest,validation,serve] [--runs 100k=3,1m=1,10m=1] [--iterations 100k=5,1m=3,10m=2]
                             [--before 100k] [--mixes 100k=200,1m=100,10m=50] [--mix-seconds 100k=60,1m=90,10m=120]
                             [--serve-heap 100k=1024,1m=1400,10m=5120] [--flags "-Xms2g -Xmx20g -XX:+UseParallelGC"] [--report docs/benchmarks.md]
              --before: the scales at which the path the fixes replaced is measured too (none: no scale)""";

    static Options parse(List<String> args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!args.get(i).startsWith("--") || i + 1 >= args.size()) throw new IllegalArgumentException(USAGE);
            given.put(args.get(i).substring(2), args.get(i + 1));
        }
        Path work = Path.of(given.getOrDefault("work", "bench/work"));
        List<String> scales = List.of(given.getOrDefault("scales", "100k,1m,10m").split(","));
        scales.forEach(Scale::parse);
        return new Options(scales, Long.parseLong(given.getOrDefault("seed", "42")), work,
                Path.of(given.getOrDefault("run-dir", work.resolve("runs").resolve("latest").toString())),
                List.of(given.getOrDefault("benchmarks", "ingest,validation,serve").split(",")),
                perScale(given.getOrDefault("runs", "100k=3,1m=1,10m=1")), perScale(given.getOrDefault("iterations", "100k=5,1m=3,10m=2")),
                perScale(given.getOrDefault("mixes", "100k=200,1m=100,10m=50")), perScale(given.getOrDefault("mix-seconds", "100k=60,1m=90,10m=120")),
                perScale(given.getOrDefault("serve-heap", "100k=1024,1m=1400,10m=5120")),
                List.of(given.getOrDefault("before", "100k").split(",")),
                List.of(given.getOrDefault("flags", "-Xms2g -Xmx20g -XX:+UseParallelGC").split(" ")),
                given.containsKey("report") ? Path.of(given.get("report")) : null, commands(args));
    }

    Scale scale(String label) { return Scale.parse(label); }

    int runs(String scale) { return runs.getOrDefault(scale, 1); }

    int iterations(String scale) { return iterations.getOrDefault(scale, 3); }

    int mixes(String scale) { return mixes.getOrDefault(scale, 50); }

    int mixSeconds(String scale) { return mixSeconds.getOrDefault(scale, 120); }

    /** The maximum heap (MiB) of the measured servers, in place of the flags' -Xms/-Xmx; 0: as the flags say. */
    int serveHeap(String scale) { return serveHeap.getOrDefault(scale, 0); }

    private static Map<String, Integer> perScale(String text) {
        Map<String, Integer> map = new HashMap<>();
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=");
            map.put(kv[0], Integer.parseInt(kv[1]));
        }
        return map;
    }

    private static List<String> commands(List<String> args) {
        List<String> quoted = new ArrayList<>();
        for (String a : args) quoted.add(a.contains(" ") ? "\"" + a + "\"" : a);
        return List.of("bench/run.sh " + String.join(" ", quoted));
    }
}
