package org.iucnkg.ingest;

import java.util.List;

/** What a bootstrap loaded: the base graphs and every bundled source; both empty when the store had data. */
public record BootstrapSummary(List<String> baseGraphs, List<IngestResult> sources) {

    public BootstrapSummary {
        baseGraphs = List.copyOf(baseGraphs);
        sources = List.copyOf(sources);
    }

    static BootstrapSummary skipped() { return new BootstrapSummary(List.of(), List.of()); }

    public boolean performed() { return !baseGraphs.isEmpty() || !sources.isEmpty(); }

    public long triples() { return sources.stream().mapToLong(IngestResult::triples).sum(); }
}
