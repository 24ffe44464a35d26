package org.iucnkg.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Reads SPARQL results returned by the service, with Jena's parsers. */
public final class Results {
    private Results() {}

    /** The values of the first variable, row by row: a literal's text, an IRI as it is. */
    public static List<String> firstColumn(String body, Lang lang) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        List<String> values = new ArrayList<>();
        String var = results.getResultVars().get(0);
        results.forEachRemaining(row -> {
            Node node = row.get(var).asNode();
            values.add(node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
        });
        return values;
    }

    /** As {@link #firstColumn(String, Lang)} for SPARQL JSON results. */
    public static List<String> firstColumn(String jsonBody) {
        return firstColumn(jsonBody, ResultSetLang.RS_JSON);
    }
}
