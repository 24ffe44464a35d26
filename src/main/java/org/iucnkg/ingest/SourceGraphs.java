package org.iucnkg.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.iucnkg.ingest.resolve.OrganisationKnowledge;
import org.iucnkg.ingest.resolve.ReferenceResolver;
import org.iucnkg.model.Iris;

/** Turns one source document into its validated named graph: parse, provenance, superclass types, start years, shapes. */
final class SourceGraphs {
    private final Iris iris;
    private final Parsers parsers;
    private final Provenance provenance;
    private final TypeMaterialiser materialiser;
    private final ValidationGate gate;

    SourceGraphs(Iris iris, Parsers parsers, Provenance provenance,
                 TypeMaterialiser materialiser, ValidationGate gate) {
        this.iris = iris;
        this.parsers = parsers;
        this.provenance = provenance;
        this.materialiser = materialiser;
        this.gate = gate;
    }

    /** The source's graph, resolving organisations against the reference data and what is {@code known}. */
    ParseOutcome build(SourceText source, KnownOrganisations known) throws IngestRefusedException {
        Draft draft = draft(source, known);
        return finish(draft, gate.check(source.fileName(), draft.graph()));
    }

    /** Everything but the shapes: the parsed, described graph and the warnings so far. */
    Draft draft(SourceText source, KnownOrganisations known) throws IngestRefusedException {
        SourceParser parser = parsers.choose(source);
        var ctx = parse(parser, source, known.knowledge());
        String graph = iris.graph(source.sourceId());
        provenance.describe(ctx, source, parser.format(), graph);
        materialiser.materialise(ctx.model());
        StartYears.add(ctx.model());
        Set<String> warnings = new LinkedHashSet<>(ctx.warnings());
        warnings.addAll(ctx.resolver().notes());
        return new Draft(source, graph, ctx.model(), ctx.sourceDocument(), List.copyOf(ctx.reports()), List.copyOf(warnings));
    }

    private ParseContext parse(SourceParser parser, SourceText source, OrganisationKnowledge knowledge) throws IngestRefusedException {
        try (ReferenceResolver resolver = knowledge.resolver()) {
            var ctx = new ParseContext(iris, resolver, source.sourceId());
            parser.parse(source, ctx);
            return ctx;
        } catch (MalformedSourceException e) {
            throw new IngestRefusedException(source.fileName() + " cannot be read as " + parser.format() + ": " + e.getMessage());
        }
    }

    /** The draft with the shapes' warnings added to its own, kept on the source document: the outcome to write. */
    ParseOutcome finish(Draft draft, List<String> shapeWarnings) {
        Set<String> distinct = new LinkedHashSet<>(draft.warnings());
        distinct.addAll(shapeWarnings);
        List<String> warnings = List.copyOf(distinct);
        // Plain strings, which the shapes allow on any source document: no second validation needed.
        provenance.warnings(draft.sourceDocument(), warnings);

        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(draft.graphName(), draft.model());
        List<String> reports = draft.reports().stream().map(Resource::getURI).toList();
        var summary = new IngestResult(draft.sourceDocument().getURI(), draft.graphName(), draft.model().size(), reports, warnings);
        return new ParseOutcome(dataset, summary);
    }

    /**
     * A parsed source whose graph has not met the shapes yet: its graph's name and content, the source
     * document and reports in it, and the warnings so far. It keeps nothing of the parse (no resolver).
     */
    record Draft(SourceText source, String graphName, Model model, Resource sourceDocument, List<Resource> reports,
                 List<String> warnings) {
        Graph graph() { return model.getGraph(); }
    }
}
