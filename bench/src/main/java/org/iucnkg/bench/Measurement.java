package org.iucnkg.bench;

import java.util.Locale;

/**
 * One raw number of a benchmark run: which benchmark, at which scale, of which system (ours, the Jena
 * loader, Jena SHACL ...), what was measured, in which run, its value and unit, and a free note.
 * One line of tab-separated values in the results file.
 */
public record Measurement(String benchmark, String scale, String system, String metric, int run, double value, String unit, String note) {
    static final String HEADER = "benchmark\tscale\tsystem\tmetric\trun\tvalue\tunit\tnote";
    /** How a benchmark process hands a measurement to the driver on standard output. */
    static final String PREFIX = "MEASUREMENT\t";

    public Measurement {
        for (String field : new String[] {benchmark, scale, system, metric, unit, note}) {
            if (field == null || field.contains("\t") || field.contains("\n")) throw new IllegalArgumentException("bad field: " + field);
        }
    }

    String tsv() {
        return String.join("\t", benchmark, scale, system, metric, Integer.toString(run), String.format(Locale.ROOT, "%.6f", value), unit, note);
    }

    static Measurement parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 8) throw new IllegalArgumentException("not a measurement line: " + line);
        return new Measurement(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), Double.parseDouble(f[5]), f[6], f[7]);
    }
}
