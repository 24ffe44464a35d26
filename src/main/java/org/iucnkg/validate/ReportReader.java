package org.iucnkg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/**
 * Reads an RDF4J {@code sh:ValidationReport} into violations in plain words and a Jena model of the
 * report in which every result carries a {@code sh:resultMessage} (the shape's {@code sh:message}).
 * The report model keeps SHACL's own {@code sh:conforms}: false as soon as there is any result, even
 * when all are warnings and the gate's verdict ({@link ValidationReport#conforms()}) is true.
 */
final class ReportReader {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private final ShapeSet shapes;

    ReportReader(ShapeSet shapes) {
        this.shapes = shapes;
    }

    ValidationReport conforming() {
        Model report = new LinkedHashModel();
        BNode node = VF.createBNode();
        report.add(node, RDF.TYPE, SHACL.VALIDATION_REPORT);
        report.add(node, SHACL.CONFORMS, VF.createLiteral(true));
        return new ValidationReport(true, List.of(), toJena(report));
    }

    /** The results of several validations of one data set (by different shapes) as one report. */
    ValidationReport read(List<Model> rdf4jReports) {
        if (rdf4jReports.size() == 1) return read(rdf4jReports.get(0));
        Model merged = new LinkedHashModel();
        BNode node = VF.createBNode();
        merged.add(node, RDF.TYPE, SHACL.VALIDATION_REPORT);
        merged.add(node, SHACL.CONFORMS, VF.createLiteral(false));
        for (Model one : rdf4jReports) {
            Set<Resource> reportNodes = one.filter(null, RDF.TYPE, SHACL.VALIDATION_REPORT).subjects();
            one.forEach(s -> {
                if (!reportNodes.contains(s.getSubject())) merged.add(s);
                else if (!s.getPredicate().equals(RDF.TYPE) && !s.getPredicate().equals(SHACL.CONFORMS)) merged.add(node, s.getPredicate(), s.getObject());
            });
        }
        return read(merged);
    }

    ValidationReport read(Model rdf4jReport) {
        Model report = new LinkedHashModel(rdf4jReport);
        List<Violation> violations = new ArrayList<>();
        for (Value result : rdf4jReport.filter(null, SHACL.RESULT, null).objects()) {
            violations.add(violation(report, (Resource) result));
        }
        violations.sort(Comparator.comparing(Violation::focusNode)
                .thenComparing(v -> v.path() == null ? "" : v.path())
                .thenComparing(Violation::message));
        boolean conforms = violations.stream().noneMatch(v -> ValidationReport.VIOLATION.equals(v.severity()));
        return new ValidationReport(conforms, violations, toJena(report));
    }

    /** Reads one result, adding a sh:resultMessage to the report when RDF4J gave none. */
    private Violation violation(Model report, Resource result) {
        Optional<Value> shape = Models.object(report.filter(result, SHACL.SOURCE_SHAPE, null));
        String message = Models.objectLiteral(report.filter(result, SHACL.RESULT_MESSAGE, null))
                .map(Literal::getLabel)
                .orElseGet(() -> {
                    String own = shape.map(s -> shapes.messageOf((Resource) s)).orElse(null);
                    String text = own != null ? own : "constraint " + name(object(report, result, SHACL.SOURCE_CONSTRAINT_COMPONENT)) + " is not met";
                    report.add(result, SHACL.RESULT_MESSAGE, VF.createLiteral(text));
                    return text;
                });
        Value severity = object(report, result, SHACL.RESULT_SEVERITY);
        return new Violation(
                node(object(report, result, SHACL.FOCUS_NODE)),
                path(report, object(report, result, SHACL.RESULT_PATH)),
                name(object(report, result, SHACL.VALUE)),
                message,
                severity instanceof IRI iri ? iri.getLocalName() : ValidationReport.VIOLATION,
                name(shape.orElse(null)));
    }

    private static Value object(Model report, Resource subject, IRI predicate) {
        return Models.object(report.filter(subject, predicate, null)).orElse(null);
    }

    /** A focus node as its full IRI, or {@code _:label} for a blank node of the data. */
    private static String node(Value v) {
        if (v == null) return "";
        return v instanceof BNode b ? "_:" + Rdf4jValues.dataLabel(b) : v.stringValue();
    }

    /** {@code ikg:country}, {@code ^ikg:hasActivity} for an inverse path, null for node-level results. */
    private String path(Model report, Value path) {
        if (path == null) return null;
        if (path instanceof BNode b) {
            Value inverse = object(report, b, SHACL.INVERSE_PATH);
            if (inverse != null) return "^" + name(inverse);
        }
        return name(path);
    }

    /** A value as a person reads it: prefixed IRI, {@code _:label}, text, or text with its datatype or language. */
    private String name(Value v) {
        if (v == null) return null;
        if (v instanceof IRI iri) return shapes.shortForm(iri);
        if (v instanceof Literal l) {
            if (l.getLanguage().isPresent()) return l.getLabel() + "@" + l.getLanguage().get();
            if (XSD.STRING.equals(l.getDatatype())) return l.getLabel();
            return l.getLabel() + "^^" + shapes.shortForm(l.getDatatype());
        }
        return node(v);
    }

    private org.apache.jena.rdf.model.Model toJena(Model report) {
        Graph graph = GraphFactory.createDefaultGraph();
        report.forEach(s -> graph.add(Rdf4jValues.node(s.getSubject()), Rdf4jValues.node(s.getPredicate()), Rdf4jValues.node(s.getObject())));
        org.apache.jena.rdf.model.Model model = ModelFactory.createModelForGraph(graph);
        model.setNsPrefixes(shapes.prefixes());
        model.setNsPrefix("sh", SHACL.NAMESPACE);
        return model;
    }
}
