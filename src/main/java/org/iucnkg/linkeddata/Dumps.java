package org.iucnkg.linkeddata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.iucnkg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole graph as files: gzipped N-Quads and TriG, written for one store version in one streaming
 * pass over the quads (never the whole dataset in memory), to temporary files that are then moved over
 * the old ones atomically, so a download never sees a half-written file. The first request after a
 * write writes them again; requests meanwhile wait for the new files.
 */
final class Dumps {
    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);
    static final String NQUADS = "iucn-kg.nq.gz";
    static final String TRIG = "iucn-kg.trig";
    /** Which store version the files hold: "version quads written-at-epoch-millis". */
    private static final String MARKER = ".generation";

    /** One dump file: its name, the media type of what it holds, the compression of the file (or null), its size. */
    record DumpFile(String name, String mediaType, String compression, long bytes) {
        /** The Content-Type the file is sent with: a gzipped file is sent as what it is, a gzip file. */
        public String contentType() { return compression != null ? compression : mediaType; }
    }

    /** The files of one store version, written at {@code written}, with the number of quads they hold. */
    record Generation(long version, Instant written, long quads, List<DumpFile> files) {
        Optional<DumpFile> file(String name) {
            return files.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    private final KgStore store;
    private final Path directory;
    private final PrefixMapping prefixes;
    private final Query allQuads = Queries.load("all-quads");
    private Generation current;

    Dumps(KgStore store, Path directory, PrefixMapping prefixes) {
        this.store = store;
        this.directory = directory;
        this.prefixes = prefixes;
    }

    Path file(String name) {
        return directory.resolve(name);
    }

    /**
     * The files of the store's current version, written first if the store changed since the last ones. The
     * store version survives a restart, and so do the files of that version.
     */
    synchronized Generation current() {
        long version = store.version();
        if (current == null) current = previous().filter(generation -> generation.version() == version).orElse(null);
        if (current == null || current.version() != version) current = write(version);
        return current;
    }

    /** The files an earlier run wrote, as its marker file describes them. */
    private Optional<Generation> previous() {
        try {
            String[] marker = Files.readString(directory.resolve(MARKER)).strip().split(" ");
            return Optional.of(generation(Long.parseLong(marker[0]), Instant.ofEpochMilli(Long.parseLong(marker[2])), Long.parseLong(marker[1])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none, or unreadable: written again
        }
    }

    private Generation generation(long version, Instant written, long quads) throws IOException {
        return new Generation(version, written, quads, List.of(
                new DumpFile(NQUADS, Lang.NQUADS.getHeaderString(), "application/gzip", Files.size(file(NQUADS))),
                new DumpFile(TRIG, Lang.TRIG.getHeaderString(), null, Files.size(file(TRIG)))));
    }

    private Generation write(long version) {
        long started = System.nanoTime();
        List<Path> parts = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            Path nquads = part(NQUADS, parts);
            Path trig = part(TRIG, parts);
            long quads = writeBoth(nquads, trig);
            Files.move(nquads, file(NQUADS), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(trig, file(TRIG), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Dumps of store version {} written to {}: {} quads in {} ms", version, directory, quads,
                    (System.nanoTime() - started) / 1_000_000);
            Instant written = Instant.now();
            Files.writeString(directory.resolve(MARKER), version + " " + quads + " " + written.toEpochMilli());
            return generation(version, written, quads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps to " + directory + ": " + e.getMessage(), e);
        } finally {
            parts.forEach(Dumps::deleteQuietly);
        }
    }

    /** Streams every quad once, to both writers. */
    private long writeBoth(Path nquadsFile, Path trigFile) throws IOException {
        long[] quads = {0};
        try (OutputStream nquadsOut = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(nquadsFile)));
             OutputStream trigOut = new BufferedOutputStream(Files.newOutputStream(trigFile));
             RDFLink link = store.link()) {
            StreamRDF nquads = StreamRDFWriter.getWriterStream(nquadsOut, RDFFormat.NQUADS);
            StreamRDF trig = StreamRDFWriter.getWriterStream(trigOut, RDFFormat.TRIG_BLOCKS);
            nquads.start();
            trig.start();
            prefixes.getNsPrefixMap().forEach(trig::prefix);
            link.querySelect(allQuads, row -> {
                Quad quad = Quad.create(row.get("g"), row.get("s"), row.get("p"), row.get("o"));
                nquads.quad(quad);
                trig.quad(quad);
                quads[0]++;
            });
            nquads.finish();
            trig.finish();
        }
        return quads[0];
    }

    /** A temporary file next to its final place (same file system, so the move is atomic); hidden by its dot. */
    private Path part(String name, List<Path> parts) throws IOException {
        Path part = Files.createTempFile(directory, "." + name + "-", ".part");
        parts.add(part);
        return part;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("could not delete the temporary dump file {}: {}", path, e.getMessage());
        }
    }
}
