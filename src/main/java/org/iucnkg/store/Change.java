package org.iucnkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** One quad a write transaction added or deleted. */
record Change(boolean added, Quad quad) {

    void applyTo(DatasetGraph dataset) {
        if (added) dataset.add(quad);
        else dataset.delete(quad);
    }
}
