package org.iucnkg.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.iucnkg.bench.ingest.IngestBenchmark;
import org.iucnkg.bench.validation.ValidationBenchmark;

/** The benchmarks the driver knows, in the order they run (validation reads what ingest wrote). */
final class Benchmarks {
    private Benchmarks() {}

    static Map<String, Benchmark> all() {
        Map<String, Benchmark> all = new LinkedHashMap<>();
        for (Benchmark b : new Benchmark[] {new IngestBenchmark(), new ValidationBenchmark()}) all.put(b.name(), b);
        return all;
    }
}
