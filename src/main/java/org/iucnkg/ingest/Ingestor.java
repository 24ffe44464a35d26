package org.iucnkg.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.ingest.resolve.ReferenceData;
import org.iucnkg.model.Iris;
import org.iucnkg.store.KgStore;
import org.iucnkg.validate.ShaclValidator;
import org.iucnkg.validate.ValidationReport;

/**
 * The one way source documents enter the graph: each document is parsed, described, checked against
 * the shapes and only then written, as its own named graph, in one store transaction. A refused
 * document leaves the store as it was.
 */
public final class Ingestor {
    private final Iris iris;
    private final KgStore store;
    private final StoreReads reads;
    private final BaseGraphs base;
    private final ValidationGate gate;
    private final SourceGraphs sourceGraphs;
    private final BulkIngest bulk;
    private final ReferenceData reference;
    /** What the store knows about organisations, as of store version {@link #knownAt}; null to ask again. */
    private KnownOrganisations known;
    private long knownAt;

    private Ingestor(Iris iris, KgStore store, BaseGraphs base, ValidationGate gate, SourceGraphs sourceGraphs,
                     ReferenceData reference) {
        this.iris = iris;
        this.reference = reference;
        this.store = store;
        this.reads = new StoreReads(store);
        this.base = base;
        this.gate = gate;
        this.sourceGraphs = sourceGraphs;
        this.bulk = new BulkIngest(sourceGraphs, new BatchGate(gate), store, this::refuseBaseGraphName, reference);
    }

    /** An ingestor with the bundled reference data, ontology and shapes and the installed parsers. */
    public static Ingestor create(Iris iris, KgStore store) {
        return create(iris, store, Clock.systemUTC());
    }

    /** As {@link #create(Iris, KgStore)}, with the clock that stamps {@code ikg:ingestedAt}. */
    public static Ingestor create(Iris iris, KgStore store, Clock clock) {
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        ReferenceData reference = ReferenceData.load(iris);
        BaseGraphs base = BaseGraphs.bundled(iris, reference);
        var shapes = new ShaclValidator(Rebased.files(iris, Bundled.shapes()));
        var gate = new ValidationGate(shapes.withContext(base.context()), shapes);
        var sourceGraphs = new SourceGraphs(iris, Parsers.installed(), new Provenance(clock),
                new TypeMaterialiser(base.ontology()), gate);
        return new Ingestor(iris, store, base, gate, sourceGraphs, reference);
    }

    /** Parses, validates and stores one document, replacing its earlier version in one write. */
    public synchronized IngestResult ingest(SourceText source) throws IngestRefusedException {
        refuseBaseGraphName(source);
        ParseOutcome outcome = sourceGraphs.build(source, known());
        long before = store.version();
        store.replaceGraph(outcome.graph(), outcome.model().getGraph());
        learn(before, outcome.graph(), outcome.model().getGraph());
        return outcome.summary();
    }

    /** What the store knows about organisations, asked again only when someone else wrote to it since. */
    private KnownOrganisations known() {
        long version = store.version();
        if (known == null || knownAt != version) {
            known = KnownOrganisations.of(store, reference);
            knownAt = version;
        }
        return known;
    }

    /** Our own write of {@code content} as {@code graph}, made at store version {@code before}, updates what is known. */
    private void learn(long before, String graph, Graph content) {
        if (known != null && knownAt == before && store.version() == before + 1) {
            known.replace(graph, content);
            knownAt = store.version();
        } else {
            known = null;
        }
    }

    /**
     * Ingests many documents with the outcomes {@link #ingest} gives them one by one in this order, but
     * faster: they are parsed in batches, each batch is checked by the shapes in one pass (a document a
     * violation points to is checked again on its own, for its own report) and written in one store
     * transaction while the next batch is read. A refused or failed document is left out; the others go on.
     */
    public List<SourceOutcome> ingestAll(List<SourceText> sources) {
        return ingestAll(sources, outcome -> { });
    }

    /** As {@link #ingestAll(List)}, telling {@code progress} each document's outcome, in order, as soon as it is final. */
    public List<SourceOutcome> ingestAll(List<SourceText> sources, Consumer<SourceOutcome> progress) {
        return ingestAll(sources, BulkIngest.BATCH_SOURCES, progress);
    }

    synchronized List<SourceOutcome> ingestAll(List<SourceText> sources, int batchSources, Consumer<SourceOutcome> progress) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(progress, "progress");
        return bulk.run(List.copyOf(sources), batchSources, progress);
    }

    /** Everything {@link #ingest} does except writing: a dry run that sees no organisations from the store. */
    public ParseOutcome parse(SourceText source) throws IngestRefusedException {
        refuseBaseGraphName(source);
        return sourceGraphs.build(source, KnownOrganisations.none(reference));
    }

    /** Drops the graph of a source document; false if there was none. */
    public synchronized boolean remove(String sourceId) {
        String graph = iris.graph(sourceId);
        if (base.byGraph().containsKey(graph)) throw new IllegalArgumentException(sourceId + " names a base graph, not a source");
        if (!reads.hasGraph(graph)) return false;
        long before = store.version();
        store.dropGraph(graph);
        learn(before, graph, GraphFactory.createDefaultGraph());
        return true;
    }

    /** On an empty store, loads the base graphs and every bundled source; on any other store, nothing. */
    public synchronized BootstrapSummary bootstrapIfEmpty() throws IngestRefusedException {
        if (!reads.isEmpty()) return BootstrapSummary.skipped();
        List<String> graphs = ensureBaseGraphs();
        List<IngestResult> sources = new ArrayList<>();
        for (Bundled.File file : Bundled.sources()) {
            sources.add(ingest(new SourceText(Iris.sourceId(file.name()), file.name(), "text/plain", file.bytes())));
        }
        return new BootstrapSummary(graphs, sources);
    }

    /**
     * Loads whichever of the ontology, concepts and reference graphs the store lacks, after the shapes
     * accepted them; returns the names of the graphs loaded.
     */
    public synchronized List<String> ensureBaseGraphs() throws IngestRefusedException {
        var missing = base.byGraph().keySet().stream().filter(g -> !reads.hasGraph(g)).toList();
        if (missing.isEmpty()) return missing;
        gate.check("the bundled reference data", GraphFactory.createDefaultGraph());
        missing.forEach(g -> store.replaceGraph(g, base.byGraph().get(g).getGraph()));
        return missing;
    }

    /** Checks every graph in the store together, as a reader of the union graph sees it. */
    public ValidationReport validateStore() {
        return gate.validate(reads.union());
    }

    private void refuseBaseGraphName(SourceText source) throws IngestRefusedException {
        if (base.byGraph().containsKey(iris.graph(source.sourceId()))) {
            throw new IngestRefusedException(source.fileName() + " would replace the " + source.sourceId()
                    + " graph: rename the file (a source may not be called ontology, concepts or reference)");
        }
    }
}
