package org.iucnkg.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A JVM to start measured processes in: the java command, its flags and its class path. */
public record Jvm(String java, List<String> flags, List<Path> classPath) {
    private static final Path TIME = Path.of("/usr/bin/time");

    /**
     * The outcome of one process: exit code, wall-clock seconds, CPU seconds (user and system, all
     * threads; NaN where {@code /usr/bin/time} is missing), peak resident memory in MiB, the load
     * average of the machine before and after (others' work shows there), and its output.
     */
    public record Exit(int code, double seconds, double cpuSeconds, double peakMiB, String load, Path log) {
        public Exit requireSuccess(String what) throws IOException {
            if (code != 0) throw new IllegalStateException(what + " failed with exit code " + code + "; see " + log);
            return this;
        }

        public List<String> lines() throws IOException { return Files.readAllLines(log); }
    }

    public Jvm {
        flags = List.copyOf(flags);
        classPath = List.copyOf(classPath);
    }

    public Jvm withClassPathFirst(List<Path> first) {
        List<Path> path = new ArrayList<>(first);
        path.addAll(classPath);
        return new Jvm(java, flags, path);
    }

    /**
     * This JVM without the test classes on its class path, for the application itself: the harness runs from
     * them, but a test resource (a test configuration) must not change the service that is measured.
     */
    public Jvm withoutTestClasses() {
        return new Jvm(java, flags, classPath.stream().filter(entry -> !entry.endsWith("test-classes")).toList());
    }

    public Jvm withFlags(List<String> more) {
        List<String> all = new ArrayList<>(flags);
        all.addAll(more);
        return new Jvm(java, all, classPath);
    }

    /** These flags without their heap sizes, and a maximum heap of {@code mib} MiB. */
    public Jvm withMaxHeap(int mib) {
        List<String> all = new ArrayList<>(flags.stream().filter(f -> !f.startsWith("-Xmx") && !f.startsWith("-Xms")).toList());
        all.add("-Xmx" + mib + "m");
        return new Jvm(java, all, classPath);
    }

    /** The command line for {@code mainClass} with {@code args}. */
    public List<String> command(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(flags);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** Runs {@code mainClass} to its end, its standard output and error to {@code log}, and times it. */
    public Exit run(String mainClass, List<String> args, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>();
        Path times = log.resolveSibling(log.getFileName() + ".time");
        if (Files.isExecutable(TIME)) command.addAll(List.of(TIME.toString(), "-o", times.toString(), "-f", "%U %S %M"));
        command.addAll(command(mainClass, args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        String loadBefore = load();
        long start = System.nanoTime();
        Process process = builder.start();
        int code = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String load = "load " + loadBefore + " → " + load();
        if (!Files.exists(times)) return new Exit(code, seconds, Double.NaN, Double.NaN, load, log);
        String[] t = Files.readAllLines(times).get(Files.readAllLines(times).size() - 1).split(" ");
        return new Exit(code, seconds, Double.parseDouble(t[0]) + Double.parseDouble(t[1]), Double.parseDouble(t[2]) / 1024, load, log);
    }

    /** The one-minute load average. */
    private static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "?";
    }
}
