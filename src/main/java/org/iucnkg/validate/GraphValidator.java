package org.iucnkg.validate;

import org.apache.jena.graph.Graph;

/** The validation gate: every ingest and every write is checked against the shapes before it lands. */
public interface GraphValidator {

    /**
     * Validates {@code data} against the shapes. The data must carry its context: the ontology (for
     * subclass reasoning), the concept schemes and the reference data it points to.
     */
    ValidationReport validate(Graph data);
}
