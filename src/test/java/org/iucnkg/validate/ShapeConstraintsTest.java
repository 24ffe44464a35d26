package org.iucnkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One invalid fixture per constraint. RDF4J validates the base graph with every fixture added at
 * once (each fixture names its own nodes, so they do not interfere; one RDF4J validation costs about a
 * second whatever the size): each fixture's results must be in that report with the expected message.
 * That each fixture breaks only what it names is checked fixture by fixture with Jena SHACL, which is
 * fast, and Jena must find on the combined graph exactly what RDF4J finds.
 */
class ShapeConstraintsTest {
    private static final List<ShapeFixtures.Case> CASES = ShapeFixtures.invalidCases();
    private static final Shapes JENA_SHAPES = Shapes.parse(ShapeConstraints.shapes().getGraph());
    private static Graph combinedGraph;
    private static ValidationReport combined;

    @BeforeAll
    static void validateEveryFixtureTogether() {
        combinedGraph = ShapeFixtures.baseWith(CASES.stream().map(ShapeFixtures.Case::turtle).collect(Collectors.joining("\n")));
        combined = new ShaclValidator().validate(combinedGraph);
    }

    static List<ShapeFixtures.Case> cases() {
        return CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rdf4jReportsTheExpectedResultsWithTheirMessages(ShapeFixtures.Case c) {
        for (ShapeFixtures.Expected e : c.expected()) {
            assertTrue(combined.violations().stream().anyMatch(v -> v.focusNode().equals(e.focus())
                            && Objects.equals(v.path(), e.path()) && v.severity().equals(e.severity())
                            && v.message().contains(e.messageFragment())),
                    "expected " + e + " among the results for " + e.focus() + ":\n" + resultsFor(e.focus()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixtureBreaksOnlyWhatItNames(ShapeFixtures.Case c) {
        Collection<ReportEntry> entries = org.apache.jena.shacl.ShaclValidator.get()
                .validate(JENA_SHAPES, ShapeFixtures.baseWith(c.turtle())).getEntries();
        assertEquals(keys(c.expected()), entries.stream().map(ShapeConstraintsTest::key).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void rdf4jFindsNothingButTheExpectedResults() {
        Set<String> expected = new TreeSet<>();
        CASES.forEach(c -> expected.addAll(keys(c.expected())));
        assertEquals(expected, combined.violations().stream().map(ShapeConstraintsTest::key).collect(Collectors.toCollection(TreeSet::new)));
        assertFalse(combined.conforms());
    }

    @Test
    void rdf4jAndJenaFindTheSameResults() {
        Set<String> jena = org.apache.jena.shacl.ShaclValidator.get().validate(JENA_SHAPES, combinedGraph).getEntries().stream()
                .map(e -> key(e) + " " + e.source().getURI()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rdf4j = combined.violations().stream()
                .map(v -> key(v) + " " + ShapeFixtures.PREFIXES.expandPrefix(v.sourceShape())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(jena, rdf4j);
    }

    /** Every constraint of every shape is broken by at least one invalid fixture. */
    @Test
    void everyConstraintHasAFailingFixture() {
        Model report = combined.report();
        Set<String> broken = new TreeSet<>();
        report.listResourcesWithProperty(SHACLM.sourceShape).forEach(r -> broken.add(
                r.getPropertyResourceValue(SHACLM.sourceShape).getURI() + " "
                        + r.getPropertyResourceValue(SHACLM.sourceConstraintComponent).getLocalName()));
        Set<String> missing = new TreeSet<>(ShapeConstraints.all());
        missing.removeAll(broken);
        assertEquals(Set.of(), missing, "constraints that no fixture in shapes/invalid/ breaks");
    }

    private static String resultsFor(String focus) {
        return combined.violations().stream().filter(v -> v.focusNode().equals(focus))
                .map(Violation::toPlainText).collect(Collectors.joining("\n"));
    }

    private static Set<String> keys(List<ShapeFixtures.Expected> expected) {
        return expected.stream().map(e -> e.severity() + " " + e.focus() + " " + e.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(Violation v) {
        return v.severity() + " " + v.focusNode() + " " + v.path();
    }

    private static String key(ReportEntry e) {
        String focus = e.focusNode().isBlank() ? "_:" + e.focusNode().getBlankNodeLabel() : e.focusNode().toString();
        return e.severity().level().getLocalName() + " " + focus + " " + path(e.resultPath());
    }

    private static String path(Path p) {
        if (p == null) return null;
        if (p instanceof P_Link link) return ShapeFixtures.PREFIXES.shortForm(link.getNode().getURI());
        if (p instanceof P_Inverse inverse) return "^" + path(inverse.getSubPath());
        return p.toString();
    }
}
