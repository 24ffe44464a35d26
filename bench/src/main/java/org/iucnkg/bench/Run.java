package org.iucnkg.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark runs on: the corpus (report texts and reference data of one scale), a work
 * directory for stores and dumps, the JVM every measured process gets, and how many times to measure.
 *
 * @param scale      {@code 100k}, {@code 1m} or {@code 10m}
 * @param corpus     the generated corpus directory ({@code sources/}, {@code kg/data/reference/})
 * @param work       this scale's work directory
 * @param java       the command that starts a measured JVM: java, its flags, and the class path
 * @param iterations measured repetitions of an in-process measurement (after one warm-up)
 * @param runs       repetitions of a process-level measurement (an ingest)
 * @param before     whether to measure the paths the fixes replaced too (the document-by-document ingest, the
 *                   service without its read mirror and result cache)
 * @param mixes      measured query mixes per system and client count of the serving benchmark (after a tenth as many warm-up mixes)
 * @param mixSeconds the time budget of those measured mixes (half of it for the warm-up)
 * @param serveHeap  the maximum heap in MiB of the servers the serving benchmark starts (0: the flags' own), so that
 *                   their peak memory shows what they need rather than what a large heap lets them take
 */
public record Run(String scale, Path corpus, Path work, Jvm java, int iterations, int runs, boolean before, int mixes, int mixSeconds,
                  int serveHeap) {

    /** The store dump the ingest benchmark leaves for the others: every quad of our store. */
    public Path dump() { return work.resolve("ours.nq"); }

    public Measurement measure(String benchmark, String system, String metric, int run, double value, String unit, String note) {
        return new Measurement(benchmark, scale, system, metric, run, value, unit, note);
    }

    /** The class path of the measured JVMs with the corpus first: its reference data comes before the bundled one. */
    public Jvm javaWithCorpus() { return java.withClassPathFirst(List.of(corpus)); }

    /** The JVM of a measured server: the flags with the serving heap. */
    public Jvm server() { return serveHeap > 0 ? java.withMaxHeap(serveHeap) : java; }
}
