package org.iucnkg.ingest;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.validate.GraphValidator;
import org.iucnkg.validate.ValidationReport;
import org.iucnkg.validate.Violation;

/** Nothing reaches the store unless the shapes accept it together with the ontology, concepts and reference data. */
final class ValidationGate {
    private final GraphValidator validator;
    private final Graph context;

    ValidationGate(GraphValidator validator, Graph context) {
        this.validator = validator;
        this.context = context;
    }

    /**
     * Refuses {@code data} (described as {@code what} in the message) when it breaks a shape; returns
     * the shapes' warnings (results that do not block) in plain words.
     */
    List<String> check(String what, Graph data) throws IngestRefusedException {
        Graph withContext = GraphFactory.createDefaultGraph();
        context.find().forEachRemaining(withContext::add);
        data.find().forEachRemaining(withContext::add);
        ValidationReport report = validator.validate(withContext);
        if (!report.conforms()) throw IngestRefusedException.byShapes(what, report);
        return report.violations().stream().filter(v -> !isBlocking(v)).map(Violation::toPlainText).toList();
    }

    /** Only results of severity sh:Violation refuse data; warnings and infos are reported. */
    static boolean isBlocking(Violation result) {
        return "Violation".equals(result.severity());
    }

    ValidationReport validate(Graph everything) {
        return validator.validate(everything);
    }
}
