package org.iucnkg.validate;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.iucnkg.ingest.Bundled;

/** The bundled shapes read with Jena, and the constraints they declare ("shape IRI + component" keys). */
final class ShapeConstraints {
    /** Shape parameters that are a constraint component of their own, by the component's local name. */
    private static final Map<String, String> COMPONENTS = Map.ofEntries(
            Map.entry("minCount", "MinCountConstraintComponent"), Map.entry("maxCount", "MaxCountConstraintComponent"),
            Map.entry("class", "ClassConstraintComponent"), Map.entry("datatype", "DatatypeConstraintComponent"),
            Map.entry("nodeKind", "NodeKindConstraintComponent"), Map.entry("in", "InConstraintComponent"),
            Map.entry("pattern", "PatternConstraintComponent"), Map.entry("minLength", "MinLengthConstraintComponent"),
            Map.entry("minInclusive", "MinInclusiveConstraintComponent"), Map.entry("maxInclusive", "MaxInclusiveConstraintComponent"),
            Map.entry("or", "OrConstraintComponent"), Map.entry("not", "NotConstraintComponent"),
            Map.entry("node", "NodeConstraintComponent"), Map.entry("uniqueLang", "UniqueLangConstraintComponent"),
            Map.entry("qualifiedMaxCount", "QualifiedMaxCountConstraintComponent"),
            Map.entry("lessThanOrEquals", "LessThanOrEqualsConstraintComponent"),
            Map.entry("sparql", "SPARQLConstraintComponent"));

    private ShapeConstraints() {}

    static Model shapes() {
        Model m = ModelFactory.createDefaultModel();
        for (Bundled.File f : Bundled.shapes()) RDFParser.fromString(new String(f.bytes(), StandardCharsets.UTF_8), Lang.TURTLE).parse(m);
        return m;
    }

    /** Every targeted shape's constraints, e.g. "https://w3id.org/iucn-kg/shapes#ProgressReport-reportsOn MinCountConstraintComponent". */
    static Set<String> all() {
        Model shapes = shapes();
        Set<String> keys = new TreeSet<>();
        shapes.listSubjects().filterKeep(Resource::isURIResource).forEach(shape -> {
            if (!isTargeted(shape)) return;
            for (Statement s : shape.listProperties().toList()) {
                String component = COMPONENTS.get(s.getPredicate().getLocalName());
                if (component != null && s.getPredicate().getNameSpace().equals(SHACLM.NS)) keys.add(shape.getURI() + " " + component);
            }
        });
        return keys;
    }

    static boolean isTargeted(Resource shape) {
        return shape.hasProperty(SHACLM.targetClass) || shape.hasProperty(SHACLM.targetSubjectsOf)
                || shape.hasProperty(SHACLM.targetObjectsOf) || shape.hasProperty(SHACLM.targetNode);
    }
}
