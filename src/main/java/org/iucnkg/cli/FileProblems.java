package org.iucnkg.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a file cannot be read, in words rather than an exception name. */
final class FileProblems {
    private FileProblems() {}

    static String why(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The failure for a file a command cannot go on without. */
    static CliFailure unreadable(Path file, IOException e) {
        return new CliFailure(KgCli.UNAVAILABLE, "cannot read " + file + ": " + why(e));
    }
}
