package org.iucnkg.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.springframework.core.io.ClassPathResource;

/** The SPARQL of this package: one file per query in {@code linkeddata/*.rq}; values are bound, never pasted. */
final class Queries {
    private Queries() {}

    static Query load(String name) {
        var file = new ClassPathResource("linkeddata/" + name + ".rq");
        try (InputStream in = file.getInputStream()) {
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled query " + file.getPath() + " is missing", e);
        }
    }
}
