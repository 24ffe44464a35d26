package org.iucnkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The version of a store, which changes on every write: kept in the file {@value #FILE} of the store
 * directory, so that it survives a restart (caches, ETags and dumps of an unchanged store stay valid) and
 * the command line's writes bump it too. A store without the file starts from the current time, so it
 * never reuses a version an earlier store of that directory had.
 */
final class StoreVersion {
    static final String FILE = "kg-version";

    private final Path file;
    private volatile long current;

    private StoreVersion(Path file, long current) {
        this.file = file;
        this.current = current;
    }

    static StoreVersion in(Path directory) {
        Path file = directory.resolve(FILE);
        StoreVersion version = new StoreVersion(file, read(file));
        version.persist(version.current);
        return version;
    }

    /** For a store that lives in memory only. */
    static StoreVersion inMemory() {
        return new StoreVersion(null, System.currentTimeMillis());
    }

    long current() {
        return current;
    }

    /** The next version, written to the file before readers see it. */
    synchronized long bump() {
        long next = current + 1;
        persist(next);
        current = next;
        return next;
    }

    private static long read(Path file) {
        try {
            if (Files.exists(file)) return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            // an unreadable file is replaced below, from the clock
        }
        return System.currentTimeMillis();
    }

    private void persist(long version) {
        if (file == null) return;
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(FILE + ".part");
            Files.writeString(part, Long.toString(version), StandardCharsets.US_ASCII);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the store version to " + file + ": " + e.getMessage(), e);
        }
    }
}
