package org.iucnkg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.model.PROV;
import org.iucnkg.validate.ValidationReport;
import org.iucnkg.validate.Violation;

/**
 * The validation gate for many drafts at once: one pass of the shapes over their union (with the
 * context; in parts checked in parallel), each result given back to the drafts its focus node is derived from
 * ({@code prov:wasDerivedFrom}). A draft a blocking result points to is checked again on its own, so
 * it is refused, or accepted, with exactly the report a single ingest gives; a blocking result no
 * draft owns sends every draft of the batch to be checked on its own.
 */
final class BatchGate {
    private static final int PARTS = Runtime.getRuntime().availableProcessors();
    /** Below this many drafts a part costs more (the context is checked with each) than it saves. */
    private static final int MIN_PART = 50;

    private final ValidationGate gate;

    BatchGate(ValidationGate gate) {
        this.gate = gate;
    }

    /** A draft's verdict: refused, or accepted with the shapes' warnings. */
    record Verdict(IngestRefusedException refusal, List<String> warnings) {
        boolean accepted() { return refusal == null; }
    }

    List<Verdict> check(List<SourceGraphs.Draft> drafts) {
        Map<String, List<Integer>> owners = owners(drafts);
        List<List<Violation>> mine = new ArrayList<>();
        drafts.forEach(d -> mine.add(new ArrayList<>()));
        boolean unowned = false;
        Set<Violation> everyone = new LinkedHashSet<>();
        for (Violation v : results(drafts)) {
            List<Integer> of = owners.getOrDefault(v.focusNode(), List.of());
            if (of.isEmpty() && ValidationGate.isBlocking(v)) unowned = true;
            else if (of.isEmpty()) everyone.add(v);
            else of.forEach(i -> mine.get(i).add(v));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            List<Violation> results = mine.get(i);
            if (unowned || results.stream().anyMatch(ValidationGate::isBlocking)) {
                verdicts.add(alone(drafts.get(i)));
            } else {
                List<Violation> all = new ArrayList<>(results);
                all.addAll(everyone);
                verdicts.add(new Verdict(null, all.stream().map(Violation::toPlainText).toList()));
            }
        }
        return verdicts;
    }

    /**
     * The results for all drafts, the batch split into one part per processor, the parts checked at
     * the same time (each on a prepared sail of its own). A result that spans parts is found when a
     * draft is checked alone, as a single ingest checks it.
     */
    private List<Violation> results(List<SourceGraphs.Draft> drafts) {
        int parts = Math.max(1, Math.min(PARTS, drafts.size() / MIN_PART));
        List<List<SourceGraphs.Draft>> split = new ArrayList<>();
        for (int p = 0; p < parts; p++) split.add(drafts.subList(p * drafts.size() / parts, (p + 1) * drafts.size() / parts));
        return split.parallelStream().map(this::report).flatMap(r -> r.violations().stream()).toList();
    }

    private ValidationReport report(List<SourceGraphs.Draft> part) {
        Graph union = GraphFactory.createDefaultGraph();
        part.forEach(d -> d.graph().find().forEachRemaining(union::add));
        return gate.validateWithContext(union);
    }

    private Verdict alone(SourceGraphs.Draft draft) {
        try {
            return new Verdict(null, gate.check(draft.source().fileName(), draft.graph()));
        } catch (IngestRefusedException refused) {
            return new Verdict(refused, List.of());
        }
    }

    /** Focus node (as a report names it) to the drafts that describe it. */
    private static Map<String, List<Integer>> owners(List<SourceGraphs.Draft> drafts) {
        Map<String, List<Integer>> owners = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            int draft = i;
            Graph graph = drafts.get(i).graph();
            Node document = drafts.get(i).sourceDocument().asNode();
            owners.computeIfAbsent(document.getURI(), k -> new ArrayList<>()).add(draft);
            graph.find(Node.ANY, PROV.wasDerivedFrom.asNode(), document).forEachRemaining(t -> {
                List<Integer> of = owners.computeIfAbsent(name(t.getSubject()), k -> new ArrayList<>());
                if (!of.contains(draft)) of.add(draft);
            });
        }
        return owners;
    }

    private static String name(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }
}
