package org.iucnkg.bench;

import java.util.List;
import java.util.Optional;

/** Looks up the raw numbers of a run for the report's tables. */
record Results(List<Measurement> all) {
    static final List<String> SCALES = List.of("100k", "1m", "10m");

    /** The scales, in order, at which a benchmark has numbers. */
    List<String> scales(String benchmark) {
        return SCALES.stream().filter(s -> all.stream().anyMatch(m -> m.benchmark().equals(benchmark) && m.scale().equals(s))).toList();
    }

    /** Every run of one metric. */
    Stats stats(String benchmark, String scale, String system, String metric) {
        return Stats.of(all.stream().filter(m -> matches(m, benchmark, scale, system, metric)).map(Measurement::value).toList());
    }

    double value(String benchmark, String scale, String system, String metric) {
        return find(benchmark, scale, system, metric).map(Measurement::value).orElse(Double.NaN);
    }

    double value(String benchmark, String scale, String system, String metric, int run) {
        return find(benchmark, scale, system, metric, run).map(Measurement::value).orElse(Double.NaN);
    }

    /** The first run of a metric. */
    Optional<Measurement> find(String benchmark, String scale, String system, String metric) {
        return all.stream().filter(m -> matches(m, benchmark, scale, system, metric)).findFirst();
    }

    Optional<Measurement> find(String benchmark, String scale, String system, String metric, int run) {
        return all.stream().filter(m -> matches(m, benchmark, scale, system, metric) && m.run() == run).findFirst();
    }

    private static boolean matches(Measurement m, String benchmark, String scale, String system, String metric) {
        return m.benchmark().equals(benchmark) && m.scale().equals(scale) && m.system().equals(system) && m.metric().equals(metric);
    }
}
