package org.iucnkg.ingest;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;

/**
 * A parsed, validated source graph that was not written anywhere: a dataset holding the one named
 * graph (so N-Quads or TriG output names it), with the summary an ingest would give.
 */
public record ParseOutcome(Dataset dataset, IngestResult summary) {

    public String graph() { return summary.graph(); }
    public List<String> warnings() { return summary.warnings(); }

    /** The source graph itself. */
    public Model model() { return dataset.getNamedModel(summary.graph()); }
}
