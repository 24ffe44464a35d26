package org.iucnkg.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A JVM to start measured processes in: the java command, its flags and its class path. */
public record Jvm(String java, List<String> flags, List<Path> classPath) {

    /** The outcome of one process: exit code, wall-clock seconds, and the file its output went to. */
    public record Exit(int code, double seconds, Path log) {
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

    public Jvm withFlags(List<String> more) {
        List<String> all = new ArrayList<>(flags);
        all.addAll(more);
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
        ProcessBuilder builder = new ProcessBuilder(command(mainClass, args)).redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        int code = process.waitFor();
        return new Exit(code, (System.nanoTime() - start) / 1e9, log);
    }
}
