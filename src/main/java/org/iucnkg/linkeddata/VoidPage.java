package org.iucnkg.linkeddata;

import java.time.Instant;
import java.util.List;

import org.iucnkg.linkeddata.Dumps.Generation;
import org.iucnkg.linkeddata.DocumentPath.Download;
import org.iucnkg.linkeddata.Terms.Value;

/** The dataset's page for people: what the VoID description says, with links. */
record VoidPage(LinkedDataProperties settings, Instant modified, String uriSpace, DatasetStatistics numbers,
        List<Subset> subsets, Generation dumps, List<Download> downloads) {

    /** A named graph with its size and the source document it holds (or null). */
    record Subset(Value graph, long triples, Value source) {}

    static VoidPage of(LinkedDataProperties settings, Instant modified, String uriSpace, DatasetStatistics numbers,
            Generation dumps, Terms terms, List<Download> downloads) {
        List<Subset> subsets = numbers.graphs().stream().map(g -> new Subset(terms.value(g.graph()), g.triples(),
                g.source() == null ? null : terms.value(g.source()))).toList();
        return new VoidPage(settings, modified, uriSpace, numbers, subsets, dumps, downloads);
    }
}
