package org.iucnkg.bench.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iucnkg.bench.Measurement;
import org.iucnkg.bench.Run;

/** The raw numbers of a driven mix: mixes per hour, failures, and p50/p95/p99 of every query or route. */
final class Percentiles {
    private Percentiles() {}

    static List<Measurement> rows(Run run, String benchmark, String system, int clients, MixDriver.Result result) {
        List<Measurement> rows = new ArrayList<>();
        rows.add(run.measure(benchmark, system, "qmph", clients, result.mixesPerHour(), "mixes/h",
                "%d mixes in %.0f s, %d clients".formatted(result.mixes(), result.seconds(), clients)));
        rows.add(run.measure(benchmark, system, "errors", clients, result.errors(), "requests", result.firstError()));
        for (Map.Entry<String, List<Double>> e : result.millis().entrySet()) {
            List<Double> sorted = e.getValue().stream().sorted().toList();
            for (int p : new int[] {50, 95, 99}) {
                rows.add(run.measure(benchmark, system, "p" + p + " " + e.getKey(), clients, of(sorted, p), "ms", "n=" + sorted.size()));
            }
        }
        return rows;
    }

    /** Nearest rank: the smallest value with at least p% of the values at or below it. */
    static double of(List<Double> sorted, int p) {
        if (sorted.isEmpty()) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
