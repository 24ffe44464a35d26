package org.iucnkg.sparql;

import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.iucnkg.validate.GraphValidator;
import org.iucnkg.validate.ValidationReport;
import org.iucnkg.validate.Violation;

/**
 * What every write through the SPARQL paths must satisfy before it is committed: the union of the
 * named graphs conforms to the shapes, and the default graph, which queries see as that union, stays
 * empty. Also says whether SPARQL Update may LOAD from URLs.
 */
final class WriteGate {
    static final String DEFAULT_GRAPH_IS_UNION = "The default graph is the union of the named graphs and holds no data"
            + " of its own: write into a named graph (GRAPH <iri> { ... } in SPARQL Update, ?graph=<iri> in the Graph Store Protocol).";
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private final GraphValidator validator;
    private final boolean loadAllowed;

    WriteGate(GraphValidator validator, boolean loadAllowed) {
        this.validator = validator;
        this.loadAllowed = loadAllowed;
    }

    /** Why the dataset, as it stands inside the write transaction, must not be committed; empty if it may. */
    Optional<ValidationReport> refusal(DatasetGraph data) {
        if (!data.getDefaultGraph().isEmpty()) return Optional.of(defaultGraphWritten());
        ValidationReport report = validator.validate(data.getUnionGraph());
        return report.conforms() ? Optional.empty() : Optional.of(report);
    }

    boolean loadAllowed() {
        return loadAllowed;
    }

    /** The default-graph rule, reported in the same shape as a SHACL result so clients handle one kind of report. */
    private static ValidationReport defaultGraphWritten() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sh", SH);
        Resource focus = model.createResource(Quad.defaultGraphIRI.getURI());
        Resource result = model.createResource()
                .addProperty(RDF.type, model.createResource(SH + "ValidationResult"))
                .addProperty(sh("focusNode"), focus)
                .addProperty(sh("resultSeverity"), model.createResource(SH + "Violation"))
                .addProperty(sh("resultMessage"), DEFAULT_GRAPH_IS_UNION);
        model.createResource()
                .addProperty(RDF.type, model.createResource(SH + "ValidationReport"))
                .addLiteral(sh("conforms"), false)
                .addProperty(sh("result"), result);
        Violation violation = new Violation(focus.getURI(), null, null, DEFAULT_GRAPH_IS_UNION, "Violation", null);
        return new ValidationReport(false, List.of(violation), model);
    }

    private static Property sh(String localName) {
        return ResourceFactory.createProperty(SH, localName);
    }
}
