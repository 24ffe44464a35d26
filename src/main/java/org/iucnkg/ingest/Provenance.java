package org.iucnkg.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.iucnkg.model.PROV;

/** Describes the source document in its own graph and ties every resource the graph describes to it. */
final class Provenance {
    private final Clock clock;

    Provenance(Clock clock) {
        this.clock = clock;
    }

    /**
     * Adds the {@code ikg:SourceDocument} (file, checksum, time, formats, graph) and a
     * {@code prov:wasDerivedFrom} on every described resource that the parser did not already mark.
     */
    void describe(ParseContext ctx, SourceText source, String parserFormat, String graph) {
        Model model = ctx.model();
        Resource document = ctx.sourceDocument();
        markDerived(model, document);
        document.addProperty(RDF.type, IKG.SourceDocument)
                .addProperty(RDFS.label, source.fileName())
                .addProperty(IKG.fileName, source.fileName())
                .addProperty(IKG.sha256, source.sha256())
                .addLiteral(IKG.ingestedAt, model.createTypedLiteral(now(), XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.format, source.mediaType())
                .addProperty(IKG.sourceFormat, parserFormat)
                .addProperty(IKG.namedGraph, model.createResource(graph));
    }

    /** Keeps the warnings of the ingest on the source document, one {@code ikg:ingestWarning} each. */
    void warnings(Resource sourceDocument, List<String> warnings) {
        warnings.forEach(w -> sourceDocument.addProperty(IKG.ingestWarning, w));
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The resolver writes labels and types of new organisations without knowing the source: mark those too. */
    private static void markDerived(Model model, Resource document) {
        model.listSubjects().toList().stream()
                .filter(RDFNode::isURIResource)
                .filter(s -> !s.equals(document))
                .forEach(s -> s.addProperty(PROV.wasDerivedFrom, document));
    }
}
