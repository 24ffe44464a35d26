package org.iucnkg.sparql.conformance;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One W3C test read from a manifest: the HTTP exchanges it replays in order, the graphs it needs
 * loaded first (graph IRI to file), and what it declares about itself.
 */
record ConformanceCase(String suite, String id, String name, String type, boolean deprecated, Set<String> requires,
        Map<String, String> graphData, List<Exchange> exchanges) {

    String label() {
        return suite + "/" + id;
    }

    /** One request and the response it should get. */
    record Exchange(String method, String path, List<Header> headers, String body, String bodyEncoding, Expected expected) {}

    record Header(String name, String value) {}

    /**
     * The expected response: acceptable statuses ("201", or "2xx" for a class), and optionally the
     * result format ("boolean", "tabular", "RDF"), the ASK answer, response headers and an RDF body.
     */
    record Expected(List<String> statuses, String format, Boolean bool, List<Header> headers, String rdfBody) {

        boolean statusMatches(int status) {
            String code = Integer.toString(status);
            return statuses.stream().anyMatch(s -> s.equals(code) || (s.endsWith("xx") && code.charAt(0) == s.charAt(0)));
        }
    }
}
