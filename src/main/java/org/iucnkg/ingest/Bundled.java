package org.iucnkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files shipped inside the jar: {@code ontology/}, {@code shapes/} and {@code data/} of the
 * repository become {@code kg/ontology}, {@code kg/shapes} and {@code kg/data} on the classpath.
 */
public final class Bundled {

    /** One bundled file: its name (without directory) and how to open it. */
    public record File(String name, Resource resource) {
        public InputStream open() throws IOException { return resource.getInputStream(); }
        public byte[] bytes() {
            try (InputStream in = open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled file " + name, e);
            }
        }
    }

    private Bundled() {}

    public static List<File> ontology() { return list("kg/ontology/*.ttl"); }
    public static List<File> shapes() { return list("kg/shapes/*.ttl"); }
    public static List<File> reference() { return list("kg/data/reference/*"); }
    public static List<File> sources() { return list("kg/data/sources/*"); }

    /** Files matching a classpath pattern, sorted by name so every run sees them in the same order. */
    public static List<File> list(String pattern) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
            return Arrays.stream(found)
                    .filter(Resource::isReadable)
                    .map(r -> new File(r.getFilename(), r))
                    .filter(f -> f.name() != null && !f.name().startsWith(".") && !f.name().equals("README.md"))
                    .sorted(Comparator.comparing(File::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bundled files " + pattern, e);
        }
    }
}
