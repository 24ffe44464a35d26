package org.iucnkg.bench.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Copies of the ingest's store, one per server, so no server sees what another wrote. */
final class Stores {
    private Stores() {}

    /** A fresh copy of the TDB2 directory {@code from} (without any text index or lock file) at {@code to}. */
    static Path copy(Path link, Path to) throws IOException {
        delete(to);
        Path from = link.toRealPath(); // the store may be a link to another run's
        try (var walk = Files.walk(from)) {
            for (Path p : walk.filter(Stores::copied).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    private static boolean copied(Path p) {
        return !p.getFileName().toString().equals("tdb.lock") && !p.toString().contains("text-index");
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
