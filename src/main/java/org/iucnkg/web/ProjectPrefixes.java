package org.iucnkg.web;

import java.util.Collections;
import java.util.Map;

import org.iucnkg.model.Iris;
import org.iucnkg.model.Prefixes;
import org.springframework.stereotype.Component;

/** The prefixes the query editor declares and completes: the project's, as every RDF answer has them. */
@Component
class ProjectPrefixes {
    private final Map<String, String> prefixes;

    ProjectPrefixes(Iris iris) {
        prefixes = Collections.unmodifiableMap(Prefixes.all(iris));
    }

    Map<String, String> asMap() {
        return prefixes;
    }

    /** PREFIX lines in the project's order, for the editor's starting query. */
    String declarations() {
        StringBuilder text = new StringBuilder();
        prefixes.forEach((prefix, iri) -> text.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
        return text.toString();
    }
}
