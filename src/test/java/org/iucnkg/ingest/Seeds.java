package org.iucnkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.iucnkg.model.Iris;

/** The seed documents of data/sources, read the way a test needs them. */
final class Seeds {
    static final Path DIR = Path.of("data/sources");
    static final String RES_025 = "000_e0493410fdb9a2bc";
    static final String RES_040 = "001_50aa66a37577ce79";
    static final String RES_054 = "002_5df53e2cb0b2fe4b";
    static final String CITES = "003_77c0dfcbb0738d32";
    static final String RES_087 = "004_c290f9cf53e44b5b";
    static final List<String> IUCN_REPORTS = List.of(RES_025, RES_040, RES_054, RES_087);
    static final List<String> ALL = List.of(RES_025, RES_040, RES_054, CITES, RES_087);

    static final Iris IRIS = Iris.standard();
    static final Instant NOW = Instant.parse("2026-11-21T08:30:00Z");

    private Seeds() {}

    static Clock clockAt(Instant instant) { return Clock.fixed(instant, ZoneOffset.UTC); }

    static Path file(String id) { return DIR.resolve(id + ".txt"); }

    static SourceText source(String id) {
        try {
            return SourceText.of(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String id) { return source(id).text(); }

    /** The seed with one piece of its text replaced, under the seed's own file name. */
    static SourceText edited(String id, String from, String to) {
        String text = text(id);
        if (!text.contains(from)) throw new IllegalArgumentException(id + " does not contain " + from);
        return SourceText.of(id + ".txt", text.replace(from, to));
    }

    /** The SHA-256 of the file's bytes, computed here rather than by the code under test. */
    static String sha256(String id) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file(id))));
    }
}
