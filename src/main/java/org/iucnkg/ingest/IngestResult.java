package org.iucnkg.ingest;

import java.util.List;

/** What one ingest wrote: the source document's IRI, its graph, how many triples, its reports and warnings. */
public record IngestResult(String source, String graph, long triples, List<String> reports, List<String> warnings) {

    public IngestResult {
        reports = List.copyOf(reports);
        warnings = List.copyOf(warnings);
    }
}
