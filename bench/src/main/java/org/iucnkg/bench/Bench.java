package org.iucnkg.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.iucnkg.bench.gen.Generate;

/**
 * The benchmark driver. {@code run} generates the corpus of each scale (unless it exists), runs every
 * benchmark at each scale in a JVM of its own, keeps the raw numbers in the run directory (a benchmark
 * whose numbers are there already is not run again, so an interrupted run resumes) and writes the
 * report into docs/benchmarks.md. {@code one} is what the driver starts: one benchmark at one scale.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("one")) {
            one(args);
        } else if (args.length > 0 && args[0].equals("run")) {
            run(Options.parse(Arrays.asList(args).subList(1, args.length)));
        } else {
            System.err.println(Options.USAGE);
            System.exit(2);
        }
    }

    private static void run(Options options) throws Exception {
        Path runDir = Files.createDirectories(options.runDir());
        Jvm jvm = new Jvm(javaCommand(), options.flags(), classPath());
        List<Measurement> all = new ArrayList<>();
        for (String scale : options.scales()) {
            Path corpus = Generate.corpus(options.scale(scale), options.seed(), options.work().resolve("data"));
            Path work = Files.createDirectories(runDir.resolve(scale));
            for (Benchmark benchmark : selected(options)) {
                Path results = work.resolve("results-" + benchmark.name() + ".tsv");
                if (!Files.exists(results)) {
                    System.err.printf("%s: %s at %s%n", OffsetDateTime.now(ZoneOffset.UTC), benchmark.name(), scale);
                    List<String> args = List.of("one", benchmark.name(), scale, corpus.toString(), work.toString(),
                            Integer.toString(options.iterations(scale)), Integer.toString(options.runs(scale)),
                            Boolean.toString(options.before().contains(scale)), String.join(" ", options.flags()),
                            Integer.toString(options.mixes(scale)), Integer.toString(options.mixSeconds(scale)),
                            Integer.toString(options.serveHeap(scale)));
                    Jvm.Exit exit = jvm.run(Bench.class.getName(), args, work.resolve(benchmark.name() + ".log")).requireSuccess(benchmark.name());
                    List<String> lines = new ArrayList<>(List.of(Measurement.HEADER));
                    exit.lines().stream().filter(l -> l.startsWith(Measurement.PREFIX)).map(l -> l.substring(Measurement.PREFIX.length())).forEach(lines::add);
                    Files.write(results, lines);
                }
                Files.readAllLines(results).stream().skip(1).map(Measurement::parse).forEach(all::add);
            }
        }
        String date = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String report = new ReportWriter(all, runDir).markdown(Machine.here(), options.flags(), date, options.commands());
        Files.writeString(runDir.resolve("report.md"), report);
        if (options.report() != null) Report.replaceGenerated(options.report(), report);
        System.err.println("report: " + (options.report() != null ? options.report() : runDir.resolve("report.md")));
    }

    /** Runs one benchmark in this JVM and prints its measurements for the driver. */
    private static void one(String[] args) throws Exception {
        Benchmark benchmark = Benchmarks.all().get(args[1]);
        List<String> flags = args.length > 8 && !args[8].isBlank() ? List.of(args[8].split(" ")) : List.of();
        Run run = new Run(args[2], Path.of(args[3]), Path.of(args[4]), new Jvm(javaCommand(), flags, classPath()),
                Integer.parseInt(args[5]), Integer.parseInt(args[6]), Boolean.parseBoolean(args[7]), Integer.parseInt(args[9]), Integer.parseInt(args[10]),
                Integer.parseInt(args[11]));
        for (Measurement m : benchmark.run(run)) System.out.println(Measurement.PREFIX + m.tsv());
        System.out.flush();
        System.exit(0); // a benchmark may leave work behind that it gave up on (a capped validation)
    }

    private static List<Benchmark> selected(Options options) {
        Map<String, Benchmark> all = Benchmarks.all();
        return all.values().stream().filter(b -> options.benchmarks().contains(b.name())).toList();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<Path> classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }
}
