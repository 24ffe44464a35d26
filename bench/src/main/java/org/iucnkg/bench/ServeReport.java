package org.iucnkg.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The serving benchmark's tables: SPARQL mixes per hour, per-query percentiles, answer check, REST routes, memory and start-up. */
final class ServeReport {
    private static final List<String> SYSTEMS = List.of("ours", "ours-tdb2-nocache", "fuseki", "virtuoso");
    private final Results results;
    private final List<Measurement> all;

    ServeReport(Results results) {
        this.results = results;
        this.all = results.all();
    }

    void markdown(List<String> md) {
        if (all.stream().noneMatch(m -> m.benchmark().equals("server"))) return;
        throughput(md);
        percentiles(md);
        answers(md);
        rest(md);
        memory(md);
    }

    private void throughput(List<String> md) {
        md.add("### Serving SPARQL: query mixes per hour (QMpH), same data, same mix");
        md.add("");
        md.add("| scale | clients | ours | ours, TDB2 without cache (before) | Fuseki 5.6.0 | Virtuoso 7 | ours / Virtuoso (target ≥ 1×) | ours / Fuseki (target ≥ 0.95×) | failed requests |");
        md.add("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (String scale : scales("sparql")) {
            for (int clients : new int[] {1, 2}) {
                double ours = value("sparql", scale, "ours", "qmph", clients);
                double virtuoso = value("sparql", scale, "virtuoso", "qmph", clients);
                double fuseki = value("sparql", scale, "fuseki", "qmph", clients);
                List<String> errors = new ArrayList<>();
                for (String s : SYSTEMS) {
                    find("sparql", scale, s, "errors", clients).filter(m -> m.value() > 0)
                            .ifPresent(m -> errors.add(s + " " + (long) m.value() + " (" + shorten(m.note()) + ")"));
                }
                md.add("| %s | %d | %s | %s | %s | %s | %s | %s | %s |".formatted(scale, clients, number(ours),
                        number(value("sparql", scale, "ours-tdb2-nocache", "qmph", clients)), number(fuseki), number(virtuoso),
                        compared(scale, clients, ours / virtuoso, 1, "virtuoso"), compared(scale, clients, ours / fuseki, 0.95, "fuseki"),
                        errors.isEmpty() ? "none" : String.join("; ", errors)));
            }
        }
        md.add("");
        md.add("Text search (`q10-search`): ours with its jena-text index (`text:query`); Fuseki and Virtuoso with "
                + "`CONTAINS(LCASE(...))` over the same properties (no text index; Virtuoso's `bif:contains` is not used).");
        md.add("");
        all.stream().filter(m -> m.benchmark().equals("server") && (m.metric().equals("failed") || m.metric().equals("missing")))
                .forEach(m -> md.add("Not measured at %s: %s (%s).".formatted(m.scale(), m.system(), m.note())));
        md.add("");
    }

    /** The ratio against {@code other}, unless a tenth or more of either side's requests failed: then no ratio is a result. */
    private String compared(String scale, int clients, double ratio, double target, String other) {
        for (String system : List.of("ours", other)) {
            double errors = value("sparql", scale, system, "errors", clients);
            if (errors > 0 && errors * 10 >= requests(scale, system, clients)) return "– (%s: %d requests failed)".formatted(system, (long) errors);
        }
        return ratio(ratio, target);
    }

    /** Requests answered in a mix run (the per-query sample counts, which p50 rows carry as n=), at least 1. */
    private long requests(String scale, String system, int clients) {
        return all.stream().filter(m -> m.benchmark().equals("sparql") && m.scale().equals(scale) && m.system().equals(system)
                        && m.run() == clients && m.metric().startsWith("p50 "))
                .mapToLong(m -> Long.parseLong(m.note().replace("n=", ""))).sum() + 1;
    }

    private void percentiles(List<String> md) {
        for (String scale : scales("sparql")) {
            md.add("### SPARQL per query at %s: p50 / p95 / p99 ms (1 client; 2 clients)".formatted(scale));
            md.add("");
            md.add("| query | system | 1 client | 2 clients |");
            md.add("| --- | --- | --- | --- |");
            for (String query : labels("sparql", scale, "p50 ")) {
                for (String system : SYSTEMS) {
                    if (find("sparql", scale, system, "p50 " + query, 1).isEmpty()) continue;
                    md.add("| %s | %s | %s | %s |".formatted(query, system, triple("sparql", scale, system, query, 1), triple("sparql", scale, system, query, 2)));
                }
            }
            md.add("");
        }
        md.add("");
    }

    private void answers(List<String> md) {
        md.add("### Do the systems agree? Rows (triples for DESCRIBE) of each query with the same parameters");
        md.add("");
        md.add("| scale | query | same | rows per system (-1: failed) |");
        md.add("| --- | --- | --- | --- |");
        for (String scale : scales("sparql")) {
            for (String query : labels("sparql", scale, "same-rows ")) {
                Measurement m = find("sparql", scale, "all", "same-rows " + query, 0).orElseThrow();
                md.add("| %s | %s | %s | %s |".formatted(scale, query, m.value() == 1 ? "yes" : "**no**", m.note()));
            }
        }
        md.add("");
    }

    private void rest(List<String> md) {
        List<String> scales = scales("rest");
        md.add("### REST routes: p50 / p95 / p99 ms (1 client)");
        md.add("");
        boolean ratio = scales.contains("100k") && scales.contains("10m");
        md.add("| route | system | " + String.join(" | ", scales) + (ratio ? " | p95 10m / 100k (target ≤ 2×) |" : " |"));
        md.add("|" + " --- |".repeat(2 + scales.size() + (ratio ? 1 : 0)));
        Set<String> routes = new LinkedHashSet<>();
        scales.forEach(s -> routes.addAll(labels("rest", s, "p50 ")));
        for (String route : routes) {
            for (String system : SYSTEMS) {
                if (scales.stream().allMatch(s -> find("rest", s, system, "p50 " + route, 1).isEmpty())) continue;
                List<String> cells = new ArrayList<>(List.of(route, system));
                for (String s : scales) cells.add(triple("rest", s, system, route, 1));
                if (ratio) cells.add(ratio(value("rest", "10m", system, "p95 " + route, 1) / value("rest", "100k", system, "p95 " + route, 1), -2));
                md.add("| " + String.join(" | ", cells) + " |");
            }
        }
        md.add("");
    }

    private void memory(List<String> md) {
        md.add("### Start-up and memory while serving");
        md.add("");
        md.add("| scale | system | start to ready s | bulk load s | max heap MiB (-Xmx) | peak RSS MiB (VmHWM) | target (ours: ≤ 2 GB at 1m, ≤ 8 GB at 10m) |");
        md.add("| --- | --- | --- | --- | --- | --- | --- |");
        for (String scale : scales("server")) {
            for (String system : SYSTEMS) {
                double rss = value("server", scale, system, "peak-rss", 1);
                if (Double.isNaN(rss) && Double.isNaN(value("server", scale, system, "start-seconds", 1))) continue;
                double limit = scale.equals("1m") ? 2048 : scale.equals("10m") ? 8192 : Double.NaN;
                String target = !system.startsWith("ours") || Double.isNaN(limit) ? "" : rss <= limit ? "met" : "**missed**";
                md.add("| %s | %s | %s | %s | %s | %s | %s |".formatted(scale, system, decimal(value("server", scale, system, "start-seconds", 1)),
                        decimal(value("server", scale, system, "load-seconds", 1)), number(value("server", scale, system, "max-heap", 1)), number(rss), target));
            }
        }
        md.add("");
    }

    private String triple(String benchmark, String scale, String system, String label, int run) {
        double p50 = value(benchmark, scale, system, "p50 " + label, run);
        if (Double.isNaN(p50)) return "–";
        return "%s / %s / %s".formatted(decimal(p50), decimal(value(benchmark, scale, system, "p95 " + label, run)),
                decimal(value(benchmark, scale, system, "p99 " + label, run)));
    }

    private List<String> labels(String benchmark, String scale, String prefix) {
        return all.stream().filter(m -> m.benchmark().equals(benchmark) && m.scale().equals(scale) && m.metric().startsWith(prefix))
                .map(m -> m.metric().substring(prefix.length())).distinct().sorted().toList();
    }

    private List<String> scales(String benchmark) { return results.scales(benchmark); }

    private double value(String benchmark, String scale, String system, String metric, int run) {
        return results.value(benchmark, scale, system, metric, run);
    }

    private Optional<Measurement> find(String benchmark, String scale, String system, String metric, int run) {
        return results.find(benchmark, scale, system, metric, run);
    }

    /** "1.23×", with "met"/"**missed**" against a lower bound (target > 0) or an upper bound (target < 0). */
    private static String ratio(double r, double target) {
        if (Double.isNaN(r) || Double.isInfinite(r)) return "–";
        boolean met = target > 0 ? r >= target : r <= -target;
        return String.format(Locale.ROOT, "%.2f× %s", r, met ? "met" : "**missed**");
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String decimal(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, v < 10 ? "%.1f" : "%.0f", v);
    }

    private static String shorten(String note) {
        String s = note.replace("|", "\\|");
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
