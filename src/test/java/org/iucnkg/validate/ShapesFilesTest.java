package org.iucnkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.junit.jupiter.api.Test;

/** Conventions of shapes/*.ttl that keep the gate's reports readable and the shapes within what RDF4J runs. */
class ShapesFilesTest {
    private static final Model SHAPES = ShapeConstraints.shapes();
    private static final String SHAPES_NS = "https://w3id.org/iucn-kg/shapes#";

    @Test
    void everyShapeAndSparqlConstraintHasAMessage() {
        Set<String> withoutMessage = new TreeSet<>();
        for (Resource shape : reportedShapes()) {
            List<Statement> messages = shape.listProperties(SHACLM.message).toList();
            if (messages.size() != 1 || !messages.get(0).getString().endsWith(".")) withoutMessage.add(shape.toString());
        }
        SHAPES.listObjectsOfProperty(SHACLM.sparql).forEach(c -> {
            if (!c.asResource().hasProperty(SHACLM.message)) withoutMessage.add("sh:sparql of " + c);
        });
        assertEquals(Set.of(), withoutMessage, "shapes without exactly one sh:message sentence");
    }

    @Test
    void everyShapeIsANamedTypedShape() {
        for (Resource shape : reportedShapes()) {
            assertTrue(shape.isURIResource() && shape.getURI().startsWith(SHAPES_NS), "shape without an ikgsh: IRI: " + shape);
            assertTrue(shape.hasProperty(RDF.type, SHACLM.NodeShape) || shape.hasProperty(RDF.type, SHACLM.PropertyShape), "untyped shape " + shape);
        }
    }

    @Test
    void onlyFeaturesRdf4jSupportsAreUsed() {
        Set<String> supported = new TreeSet<>(ShaclSail.getSupportedShaclPredicates().stream().map(IRI::stringValue).toList());
        Set<String> unsupported = new TreeSet<>();
        SHAPES.listStatements().forEach(s -> {
            String p = s.getPredicate().getURI();
            if (p.startsWith(SHACLM.NS) && !supported.contains(p)) unsupported.add(p);
        });
        assertEquals(Set.of(), unsupported);
    }

    @Test
    void onlyMissingEventDatesAreWarnings() {
        Set<String> severities = new TreeSet<>();
        SHAPES.listStatements(null, SHACLM.severity, (RDFNode) null)
                .forEach(s -> severities.add(s.getSubject().getLocalName() + " " + s.getResource().getLocalName()));
        assertEquals(Set.of("Event-startDate-missing Warning"), severities);
    }

    /**
     * The shapes RDF4J names as sh:sourceShape: typed or targeted shapes and the property shapes of a
     * targeted shape. Shapes nested in sh:or or sh:not are not reported on their own.
     */
    private static Set<Resource> reportedShapes() {
        Set<Resource> shapes = new HashSet<>();
        SHAPES.listSubjects().forEach(s -> {
            if (ShapeConstraints.isTargeted(s) || s.hasProperty(RDF.type, SHACLM.NodeShape) || s.hasProperty(RDF.type, SHACLM.PropertyShape)) shapes.add(s);
        });
        List.copyOf(shapes).forEach(s -> s.listProperties(SHACLM.property).forEach(p -> shapes.add(p.getResource())));
        assertTrue(shapes.size() > 100, "found only " + shapes.size() + " shapes");
        return shapes;
    }
}
