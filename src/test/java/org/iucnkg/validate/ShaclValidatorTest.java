package org.iucnkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.iucnkg.ingest.Bundled;
import org.iucnkg.model.IKG;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class ShaclValidatorTest {
    private static final ShaclValidator VALIDATOR = new ShaclValidator();
    private static final String REPORT = "https://w3id.org/iucn-kg/id/report/";

    @Test
    void baseFixtureConforms() {
        ValidationReport report = VALIDATOR.validate(ShapeFixtures.base());

        assertTrue(report.conforms());
        assertEquals(List.of(), report.violations());
        assertEquals("conforms", report.toPlainText());
        Resource shReport = report.report().listResourcesWithProperty(RDF.type, SHACLM.ValidationReport).next();
        assertTrue(shReport.getProperty(SHACLM.conforms).getBoolean());
    }

    @Test
    void aViolationIsReadableAndInTheStandardReport() {
        ValidationReport report = VALIDATOR.validate(ShapeFixtures.baseWith(
                "report:orphan a ikg:ProgressReport ; rdfs:label \"Orphan report\" ; prov:wasDerivedFrom source:fixture ."));

        assertFalse(report.conforms());
        assertEquals(List.of(new Violation(REPORT + "orphan", "ikg:reportsOn", null,
                "A progress report must say which instrument it reports on (ikg:reportsOn), exactly once.",
                "Violation", "ikgsh:ProgressReport-reportsOn")), report.violations());
        assertEquals(REPORT + "orphan ikg:reportsOn: A progress report must say which instrument it reports on (ikg:reportsOn), exactly once.",
                report.toPlainText());

        Model model = report.report();
        List<Resource> reports = model.listResourcesWithProperty(RDF.type, SHACLM.ValidationReport).toList();
        assertEquals(1, reports.size());
        assertFalse(reports.get(0).getProperty(SHACLM.conforms).getBoolean());
        List<Resource> results = reports.get(0).listProperties(SHACLM.result).mapWith(s -> s.getResource()).toList();
        assertEquals(1, results.size());
        Resource result = results.get(0);
        assertEquals(REPORT + "orphan", result.getPropertyResourceValue(SHACLM.focusNode).getURI());
        assertEquals(IKG.reportsOn.getURI(), result.getPropertyResourceValue(SHACLM.resultPath).getURI());
        assertEquals(SHACLM.Violation, result.getPropertyResourceValue(SHACLM.resultSeverity));
        assertEquals("A progress report must say which instrument it reports on (ikg:reportsOn), exactly once.",
                result.getProperty(SHACLM.resultMessage).getString());
    }

    @Test
    void theOffendingValueIsShownAsWritten() {
        ValidationReport report = VALIDATOR.validate(ShapeFixtures.baseWith("""
                country:UK a ikg:Country ; rdfs:label "United Kingdom" ; ikg:countryCode "UK" .
                report:fixture-activity ikg:periodStart "2021-05-01T00:00:00"^^xsd:dateTime .
                """));

        assertEquals(List.of("UK", "2021-05-01T00:00:00^^xsd:dateTime"), report.violations().stream().map(Violation::value).toList());
    }

    @Test
    void warningsAreReportedButDoNotBlock() {
        ValidationReport report = VALIDATOR.validate(ShapeFixtures.baseWith(
                "event:kasane a ikg:Event ; rdfs:label \"Kasane conference\" ; prov:wasDerivedFrom source:fixture ."));

        assertTrue(report.conforms());
        assertEquals(1, report.violations().size());
        assertEquals("Warning", report.violations().get(0).severity());
        assertEquals("schema:startDate", report.violations().get(0).path());
        assertEquals("warning: https://w3id.org/iucn-kg/id/event/kasane schema:startDate: This event has no schema:startDate;"
                + " add one if the source gives a date (a year is enough).", report.toPlainText());
        // the standard report keeps SHACL's meaning: any result, warnings included, means sh:conforms false
        assertFalse(report.report().listObjectsOfProperty(SHACLM.conforms).next().asLiteral().getBoolean());
    }

    @Test
    void aBlankNodeFocusKeepsItsLabel() {
        Graph data = ShapeFixtures.baseWith("[] a ikg:ProgressReport ; rdfs:label \"Anonymous report\" ; prov:wasDerivedFrom source:fixture .");
        Node blank = data.find(Node.ANY, RDF.type.asNode(), IKG.ProgressReport.asNode())
                .filterKeep(t -> t.getSubject().isBlank()).next().getSubject();

        ValidationReport report = VALIDATOR.validate(data);

        assertEquals("_:" + blank.getBlankNodeLabel(), report.violations().get(0).focusNode());
        assertTrue(report.report().getGraph().contains(Node.ANY, SHACLM.focusNode.asNode(), blank));
    }

    @Test
    void subclassReasoningReadsTheOntologyInTheData() {
        // A Recommendation is an instrument only because the ontology says Recommendation ⊂ Resolution ⊂ PolicyInstrument.
        Graph withoutOntology = GraphFactory.createDefaultGraph();
        Graph context = ShapeFixtures.context();
        ShapeFixtures.base().find().filterDrop(context::contains).forEach(withoutOntology::add);

        ValidationReport report = VALIDATOR.validate(withoutOntology);

        assertTrue(report.violations().stream().anyMatch(v -> v.focusNode().equals(REPORT + "fixture-activity")
                && "ikg:reportsOn".equals(v.path()) && v.message().contains("points to an ikg:PolicyInstrument")),
                report.toPlainText());
    }

    @Test
    void concurrentValidationsDoNotMix() throws Exception {
        Graph valid = ShapeFixtures.base();
        Graph invalid = ShapeFixtures.baseWith("idorg:traffic ikg:acronym \" \" .");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> reports = pool.invokeAll(List.of(
                    () -> VALIDATOR.validate(valid), () -> VALIDATOR.validate(invalid),
                    () -> VALIDATOR.validate(valid), () -> VALIDATOR.validate(invalid)));
            assertEquals(List.of(0, 1, 0, 1), reports.stream().map(f -> {
                try {
                    return f.get().violations().size();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void dataBeyondTheFirstBatchIsValidated() {
        StringBuilder orgs = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            orgs.append("idorg:o").append(i).append(" a org:Organization ; dcterms:source graph:reference");
            orgs.append(i == 3999 ? " .\n" : " ; rdfs:label \"Organisation " + i + "\" .\n");
        }
        Graph data = ShapeFixtures.baseWith(orgs.toString());
        assertTrue(data.size() > 13_000);

        ValidationReport report = VALIDATOR.validate(data);

        assertEquals("https://w3id.org/iucn-kg/id/org/o3999 rdfs:label: Every resource needs a name: one untagged English rdfs:label.",
                report.toPlainText());
    }

    @Test
    void manyDatesOfMixedPrecisionAreValidated() {
        // RDF4J orders these values in a way that is not transitive across precisions (2021-06-01 < 2021 <
        // 2021-03 < 2021-06-01); with a few dozen of them in one validation its sort used to fail.
        Graph data = ShapeFixtures.base();
        Node activityDate = IKG.activityDate.asNode();
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            int year = 2018 + random.nextInt(6);
            int month = 1 + random.nextInt(12);
            Node date = switch (random.nextInt(3)) {
                case 0 -> NodeFactory.createLiteralDT("%d-%02d-%02d".formatted(year, month, 1 + random.nextInt(28)), XSDDatatype.XSDdate);
                case 1 -> NodeFactory.createLiteralDT("%d-%02d".formatted(year, month), XSDDatatype.XSDgYearMonth);
                default -> NodeFactory.createLiteralDT(String.valueOf(year), XSDDatatype.XSDgYear);
            };
            data.add(NodeFactory.createURI("http://example.org/dated/" + i), activityDate, date);
        }
        data.add(NodeFactory.createURI("http://example.org/dated/text"), activityDate, NodeFactory.createLiteralString("in 2019"));

        ValidationReport report = VALIDATOR.validate(data);

        assertEquals("http://example.org/dated/text ikg:activityDate: ikg:activityDate is an xsd:date, xsd:gYearMonth or xsd:gYear,"
                + " as precise as the text. (value: in 2019)", report.toPlainText());
    }

    @Test
    void everyResultIsReportedEvenBeyondAThousandOfOneConstraint() {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            events.append("event:undated").append(i).append(" a ikg:Event ; rdfs:label \"Meeting ").append(i)
                    .append("\" ; prov:wasDerivedFrom source:fixture .\n");
        }

        ValidationReport report = VALIDATOR.validate(ShapeFixtures.baseWith(events.toString()));

        assertTrue(report.conforms());
        assertEquals(1200, report.violations().stream().filter(v -> v.focusNode().contains("/event/undated")).count());
    }

    @Test
    void theContextIsValidatedWithEveryGraph() {
        Graph context = ShapeFixtures.baseWith("idorg:traffic ikg:acronym \" \" .");
        ShaclValidator withContext = VALIDATOR.withContext(context);
        Graph data = GraphFactory.createDefaultGraph();
        ShapeFixtures.baseWith("report:orphan a ikg:ProgressReport ; rdfs:label \"Orphan report\" ; prov:wasDerivedFrom source:fixture .")
                .find().filterDrop(context::contains).forEach(data::add);

        List<String> twice = List.of(withContext.validate(data).toPlainText(), withContext.validate(data).toPlainText());

        String expected = "https://w3id.org/iucn-kg/id/org/traffic ikg:acronym: ikg:acronym is the acronym as written, a non-blank plain"
                + " string; leave it out when the source gives an empty '( )'. (value:  )\n" + REPORT + "orphan ikg:reportsOn: A progress"
                + " report must say which instrument it reports on (ikg:reportsOn), exactly once.";
        assertEquals(List.of(expected, expected), twice);
        assertEquals("conforms", VALIDATOR.withContext(ShapeFixtures.base()).validate(GraphFactory.createDefaultGraph()).toPlainText());
    }

    @Test
    void aSubjectWithManyValuesInContextAndDataGetsEachWrongValueOnce() {
        Graph context = ShapeFixtures.baseWith("idorg:traffic prov:wasDerivedFrom country:GB .");
        Graph data = GraphFactory.createDefaultGraph();
        ShapeFixtures.baseWith("idorg:traffic prov:wasDerivedFrom country:CH , instrument:wcc-2020-res-040 , source:fixture .")
                .find().filterDrop(context::contains).forEach(data::add);

        ValidationReport report = VALIDATOR.withContext(context).validate(data);

        List<String> wrong = report.violations().stream()
                .filter(v -> v.sourceShape().equals("ikgsh:wasDerivedFrom-value"))
                .map(v -> v.focusNode() + " " + v.path() + " " + v.value()).sorted().toList();
        String traffic = "https://w3id.org/iucn-kg/id/org/traffic prov:wasDerivedFrom ";
        assertEquals(List.of(traffic + "https://w3id.org/iucn-kg/id/country/CH", traffic + "https://w3id.org/iucn-kg/id/country/GB",
                traffic + "https://w3id.org/iucn-kg/id/instrument/wcc-2020-res-040"), wrong);
        assertEquals(3, report.violations().size());
    }

    @Test
    void aShapeWithoutMessageStillGetsAResultMessage() {
        ShaclValidator validator = new ShaclValidator(List.of(file("bare.ttl", """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <http://example.org/> .
                ex:NeedsName a sh:PropertyShape ; sh:targetClass ex:Thing ; sh:path ex:name ; sh:minCount 1 .
                """)));
        Graph data = GraphFactory.createDefaultGraph();
        data.add(NodeFactory.createURI("http://example.org/x"), RDF.type.asNode(), NodeFactory.createURI("http://example.org/Thing"));

        ValidationReport report = validator.validate(data);

        assertEquals("constraint sh:MinCountConstraintComponent is not met", report.violations().get(0).message());
        assertEquals("constraint sh:MinCountConstraintComponent is not met",
                report.report().listObjectsOfProperty(SHACLM.resultMessage).next().asLiteral().getString());
    }

    @Test
    void aBrokenShapesFileIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ShaclValidator(List.of(file("broken.ttl", "this is not turtle"))));
        assertTrue(e.getMessage().startsWith("shapes file broken.ttl is not valid Turtle"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new ShaclValidator(List.of()));
    }

    @Test
    void tripleTermsAreRefusedWithAClearMessage() {
        Graph data = GraphFactory.createDefaultGraph();
        Node x = NodeFactory.createURI("http://example.org/x");
        data.add(x, RDF.type.asNode(), NodeFactory.createTripleTerm(x, RDF.type.asNode(), x));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validate(data));
        assertTrue(e.getMessage().startsWith("cannot validate this kind of RDF term"), e.getMessage());
    }

    @Test
    void theBundledShapesAreAllLoaded() {
        assertEquals(List.of("activities.ttl", "common.ttl", "concepts.ttl", "documents.ttl", "events.ttl", "instruments.ttl",
                "organisations.ttl", "reports.ttl", "sources.ttl", "toolkit.ttl"), Bundled.shapes().stream().map(Bundled.File::name).toList());
    }

    private static Bundled.File file(String name, String text) {
        return new Bundled.File(name, new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)));
    }
}
