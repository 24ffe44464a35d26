package org.iucnkg.ingest;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.iucnkg.validate.GraphValidator;
import org.iucnkg.validate.ValidationReport;
import org.iucnkg.validate.Violation;

/** Nothing reaches the store unless the shapes accept it together with the ontology, concepts and reference data. */
final class ValidationGate {
    private final GraphValidator withContext;
    private final GraphValidator alone;

    /**
     * {@code withContext} validates a graph together with the ontology, concepts and reference data;
     * {@code alone} validates a graph that carries them itself (the whole store).
     */
    ValidationGate(GraphValidator withContext, GraphValidator alone) {
        this.withContext = withContext;
        this.alone = alone;
    }

    /**
     * Refuses {@code data} (described as {@code what} in the message) when it breaks a shape; returns
     * the shapes' warnings (results that do not block) in plain words.
     */
    List<String> check(String what, Graph data) throws IngestRefusedException {
        ValidationReport report = validateWithContext(data);
        if (!report.conforms()) throw IngestRefusedException.byShapes(what, report);
        return report.violations().stream().filter(v -> !isBlocking(v)).map(Violation::toPlainText).toList();
    }

    /** Only results of severity sh:Violation refuse data; warnings and infos are reported. */
    static boolean isBlocking(Violation result) {
        return "Violation".equals(result.severity());
    }

    /** The shapes' full report on {@code data} with the context, refusing nothing. */
    ValidationReport validateWithContext(Graph data) {
        return withContext.validate(data);
    }

    ValidationReport validate(Graph everything) {
        return alone.validate(everything);
    }
}
