package org.iucnkg.ingest.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.model.Iris;

/** The seed documents of data/sources, and one reference data set for all tests. */
final class Seeds {
    static final Iris IRIS = Iris.standard();
    static final ReferenceData REFERENCE = ReferenceData.load(IRIS);

    private Seeds() {}

    static String text(String prefix) {
        try (var files = Files.list(Path.of("data/sources"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + "_*.txt in data/sources"));
            return SourceText.of(file).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a seed between two headings (exclusive), blank lines dropped. */
    static List<String> linesBetween(String prefix, String from, String to) {
        List<String> lines = text(prefix).lines().toList();
        int start = indexOf(lines, from) + 1;
        int end = indexOf(lines.subList(start, lines.size()), to) + start;
        return lines.subList(start, end).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The first line of a seed that contains {@code part}. */
    static String lineWith(String prefix, String part) {
        return text(prefix).lines().filter(l -> l.contains(part)).findFirst()
                .orElseThrow(() -> new IllegalStateException("seed " + prefix + " has no line with '" + part + "'"));
    }

    static ReferenceResolver freshResolver() { return ReferenceResolver.forIngest(REFERENCE, emptyGraph()); }

    static Graph emptyGraph() { return GraphMemFactory.createDefaultGraph(); }

    static String org(String key) { return IRIS.organisation(key).getURI(); }

    private static int indexOf(List<String> lines, String heading) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).strip().startsWith(heading)) return i;
        throw new IllegalStateException("heading '" + heading + "' not found");
    }
}
