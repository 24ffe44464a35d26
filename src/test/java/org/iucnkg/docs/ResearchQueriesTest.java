package org.iucnkg.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.iucnkg.testing.SeededServiceTest;
import org.iucnkg.testing.URLs;
import org.junit.jupiter.api.Test;

/**
 * docs/queries.md: every example query file is printed there verbatim, followed by its answer on the
 * seed data, and the real /sparql endpoint gives exactly that answer.
 */
class ResearchQueriesTest extends SeededServiceTest {
    static final Path QUERIES = Path.of("docs/queries");
    static final Path PAGE = Path.of("docs/queries.md");

    @Test
    void everyExampleAnswersAsTheDocumentationSays() throws IOException {
        String page = Files.readString(PAGE);
        List<Path> files = files();
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : files) {
            String query = Files.readString(file);
            String shown = "```sparql\n" + query + "```";
            int at = page.indexOf(shown);
            assertThat(at).as(file + " is printed in " + PAGE).isNotNegative();
            assertThat(page).as(file + " is linked from " + PAGE).contains("(queries/" + file.getFileName() + ")");
            String expected = csvBlockAfter(page, at + shown.length());
            HttpResponse<String> answer = http.send("POST", "/sparql", "application/x-www-form-urlencoded",
                    "query=" + URLs.encode(query), "Accept", "text/csv");
            assertThat(answer.statusCode()).as(file.toString()).isEqualTo(200);
            assertThat(answer.body().replace("\r\n", "\n")).as(file.toString()).isEqualTo(expected);
        }
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    /** The content of the first ```csv block after {@code from}. */
    private static String csvBlockAfter(String page, int from) {
        String open = "```csv\n";
        int start = page.indexOf(open, from);
        assertThat(start).as("an answer block after offset " + from).isNotNegative();
        int end = page.indexOf("```", start + open.length());
        return page.substring(start + open.length(), end);
    }
}
