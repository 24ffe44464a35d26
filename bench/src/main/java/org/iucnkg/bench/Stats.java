package org.iucnkg.bench;

import java.util.List;
import java.util.Locale;

/** Mean, standard deviation, minimum and maximum of some measured values. */
record Stats(int n, double mean, double sd, double min, double max) {

    static Stats of(List<Double> values) {
        if (values.isEmpty()) return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double var = values.size() < 2 ? 0 : values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
        return new Stats(values.size(), mean, Math.sqrt(var), values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    /** "12.3 ± 0.4 (11.9–12.8, n=5)", or the single value. */
    String text(String format) {
        if (n == 0) return "–";
        if (n == 1) return String.format(Locale.ROOT, format, mean);
        return String.format(Locale.ROOT, format + " ± " + format + " (" + format + "–" + format + ", n=%d)", mean, sd, min, max, n);
    }
}
