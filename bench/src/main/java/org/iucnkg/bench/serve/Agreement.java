package org.iucnkg.bench.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.iucnkg.bench.Measurement;
import org.iucnkg.bench.Run;

/**
 * Whether the systems answer the same: rows (triples for DESCRIBE) of each query with the same
 * parameters, per system, and 1 where every system that answered gave the same count.
 */
final class Agreement {
    private Agreement() {}

    static List<Measurement> of(Run run, Map<String, Map<String, Long>> rows) {
        List<Measurement> out = new ArrayList<>();
        if (rows.isEmpty()) return out;
        for (String query : rows.values().iterator().next().keySet()) {
            rows.forEach((system, counts) -> out.add(run.measure("sparql", system, "rows " + query, 0, counts.getOrDefault(query, -1L), "rows", "")));
            boolean same = rows.values().stream().map(c -> c.getOrDefault(query, -1L)).distinct().count() == 1;
            String note = rows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().getOrDefault(query, -1L)).collect(Collectors.joining(" "));
            out.add(run.measure("sparql", "all", "same-rows " + query, 0, same ? 1 : 0, "", note));
        }
        return out;
    }
}
