package org.iucnkg.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.ingest.Bundled;

/**
 * The graphs the shape tests validate: the bundled ontology and concept schemes, the valid base
 * fixture ({@code shapes/valid/base.ttl}) and the invalid cases ({@code shapes/invalid/*.ttl}), each
 * of which is added to the base and names the results it must cause in {@code # expect:} lines.
 */
final class ShapeFixtures {
    private static final String PREFIXES_TEXT = text(Bundled.list("shapes/prefixes.ttl").get(0));
    static final PrefixMapping PREFIXES = parse("").getPrefixMapping();
    private static final Pattern EXPECT = Pattern.compile("^# expect(-warning)?: (\\S+) (\\S+) \\| (.+)$", Pattern.MULTILINE);

    /** One result an invalid case must cause; {@code path} is null for a node-level result. */
    record Expected(String focus, String path, String severity, String messageFragment) {}

    record Case(String name, String turtle, List<Expected> expected) {
        @Override public String toString() { return name; }
    }

    private ShapeFixtures() {}

    /** The ontology and concept schemes, as the pipeline adds them to every graph it validates. */
    static Graph context() {
        Graph g = GraphFactory.createDefaultGraph();
        for (Bundled.File f : Bundled.ontology()) RDFParser.fromString(text(f), Lang.TURTLE).parse(g);
        return g;
    }

    static Graph base() {
        Graph g = context();
        RDFParser.fromString(PREFIXES_TEXT + text(Bundled.list("shapes/valid/base.ttl").get(0)), Lang.TURTLE).parse(g);
        return g;
    }

    /** The base graph plus more Turtle written with the fixture prefixes. */
    static Graph baseWith(String turtle) {
        Graph g = base();
        RDFParser.fromString(PREFIXES_TEXT + turtle, Lang.TURTLE).parse(g);
        return g;
    }

    static List<Case> invalidCases() {
        List<Case> cases = new ArrayList<>();
        for (Bundled.File f : Bundled.list("shapes/invalid/*.ttl")) {
            String turtle = text(f);
            List<Expected> expected = new ArrayList<>();
            Matcher m = EXPECT.matcher(turtle);
            while (m.find()) {
                String path = m.group(3).equals("-") ? null : m.group(3);
                expected.add(new Expected(PREFIXES.expandPrefix(m.group(2)), path, m.group(1) == null ? "Violation" : "Warning", m.group(4).strip()));
            }
            if (expected.isEmpty()) throw new IllegalStateException(f.name() + " has no '# expect: <focus> <path> | <message>' line");
            cases.add(new Case(f.name(), turtle, expected));
        }
        return cases;
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES_TEXT + turtle, Lang.TURTLE).parse(g);
        return g;
    }

    private static String text(Bundled.File f) {
        return new String(f.bytes(), StandardCharsets.UTF_8);
    }
}
