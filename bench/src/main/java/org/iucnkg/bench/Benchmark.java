package org.iucnkg.bench;

import java.util.List;

/**
 * One benchmark: runs at one scale, in a JVM of its own that the driver starts, and returns raw
 * numbers. To add one, implement this and list it in {@link Benchmarks}.
 */
public interface Benchmark {

    /** Short name, used on the command line and in the results ({@code ingest}, {@code validation}). */
    String name();

    /** Measures at the corpus's scale; files it leaves for later benchmarks go under {@link Run#work()}. */
    List<Measurement> run(Run run) throws Exception;
}
