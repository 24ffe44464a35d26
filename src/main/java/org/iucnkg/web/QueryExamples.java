package org.iucnkg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The researchers' example queries (docs/queries/*.rq, packaged as kg/examples/), offered by the query
 * editor. A file's title is its first comment line ({@code #+ summary: ...} or {@code # ...}), without a final full stop.
 */
@Component
class QueryExamples {
    /** One example: its title, file name and query text. */
    public record Example(String title, String name, String query) {}

    private static final String LOCATION = "classpath*:kg/examples/*.rq";
    private final List<Example> examples;

    QueryExamples() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            examples = Arrays.stream(files).map(QueryExamples::read).sorted(Comparator.comparing(Example::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the example queries " + LOCATION, e);
        }
    }

    List<Example> all() {
        return examples;
    }

    private static Example read(Resource file) {
        try {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            String name = file.getFilename();
            return new Example(title(text, name), name, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example query " + file, e);
        }
    }

    static String title(String text, String fallback) {
        return text.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#\\+?\\s*(summary:\\s*)?", "").replaceFirst("\\.$", "").strip())
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(fallback);
    }
}
