package org.iucnkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files an ingest reads: each FILE as given, a directory as the .txt files in it, by name. */
final class SourceFiles {
    private SourceFiles() {}

    static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument)) {
                files.add(argument);
                continue;
            }
            try (Stream<Path> inside = Files.list(argument)) {
                inside.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().forEach(files::add);
            } catch (IOException e) {
                throw FileProblems.unreadable(argument, e);
            }
        }
        return files;
    }
}
