package org.iucnkg.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.iucnkg.bench.ingest.IngestBenchmark;
import org.iucnkg.bench.serve.ServeBenchmark;
import org.iucnkg.bench.validation.ValidationBenchmark;

/** The benchmarks the driver knows, in the order they run (validation and serve read what ingest wrote). */
final class Benchmarks {
    private Benchmarks() {}

    static Map<String, Benchmark> all() {
        Map<String, Benchmark> all = new LinkedHashMap<>();
        for (Benchmark b : new Benchmark[] {new IngestBenchmark(), new ValidationBenchmark(), new ServeBenchmark()}) all.put(b.name(), b);
        return all;
    }
}
