package org.iucnkg.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Resource;
import org.iucnkg.ingest.resolve.ReferenceData;
import org.iucnkg.ingest.resolve.ReferenceResolver;
import org.iucnkg.model.Iris;

/** Turns one source document into its validated named graph: parse, provenance, superclass types, shapes. */
final class SourceGraphs {
    private final Iris iris;
    private final ReferenceData reference;
    private final Parsers parsers;
    private final Provenance provenance;
    private final TypeMaterialiser materialiser;
    private final ValidationGate gate;

    SourceGraphs(Iris iris, ReferenceData reference, Parsers parsers, Provenance provenance,
                 TypeMaterialiser materialiser, ValidationGate gate) {
        this.iris = iris;
        this.reference = reference;
        this.parsers = parsers;
        this.provenance = provenance;
        this.materialiser = materialiser;
        this.gate = gate;
    }

    /** The source's graph, resolving organisations against the reference data and {@code knownOrganisations}. */
    ParseOutcome build(SourceText source, Graph knownOrganisations) throws IngestRefusedException {
        SourceParser parser = parsers.choose(source);
        var resolver = ReferenceResolver.forIngest(reference, knownOrganisations);
        var ctx = new ParseContext(iris, resolver, source.sourceId());
        try {
            parser.parse(source, ctx);
        } catch (MalformedSourceException e) {
            throw new IngestRefusedException(source.fileName() + " cannot be read as " + parser.format() + ": " + e.getMessage());
        }
        String graph = iris.graph(source.sourceId());
        provenance.describe(ctx, source, parser.format(), graph);
        materialiser.materialise(ctx.model());
        Set<String> distinct = new LinkedHashSet<>(ctx.warnings());
        distinct.addAll(resolver.notes());
        distinct.addAll(gate.check(source.fileName(), ctx.model().getGraph()));
        List<String> warnings = List.copyOf(distinct);
        // Plain strings, which the shapes allow on any source document: no second validation needed.
        provenance.warnings(ctx, warnings);

        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(graph, ctx.model());
        List<String> reports = ctx.reports().stream().map(Resource::getURI).toList();
        var summary = new IngestResult(ctx.sourceDocument().getURI(), graph, ctx.model().size(), reports, warnings);
        return new ParseOutcome(dataset, summary);
    }
}
