package org.iucnkg.ingest.cites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.ingest.MalformedSourceException;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.ingest.resolve.ReferenceData;
import org.iucnkg.ingest.resolve.ReferenceResolver;
import org.iucnkg.model.Iris;

/** One source parsed with the real resolver over the bundled reference data, and lookups on the result. */
final class Parsed {
    static final Iris IRIS = Iris.standard();
    private static ReferenceData reference;

    final ParseContext ctx;
    final Model model;

    private Parsed(ParseContext ctx) {
        this.ctx = ctx;
        this.model = ctx.model();
    }

    static synchronized ReferenceData reference() {
        if (reference == null) reference = ReferenceData.load(IRIS);
        return reference;
    }

    static Parsed file(Path file) {
        try {
            SourceText source = SourceText.of(file);
            ParseContext ctx = new ParseContext(IRIS, ReferenceResolver.forIngest(reference(), GraphFactory.createDefaultGraph()),
                    source.sourceId());
            new CitesIccwcParser().parse(source, ctx);
            return new Parsed(ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MalformedSourceException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    Resource r(Resource iri) { return model.createResource(iri.getURI()); }

    String string(Resource subject, Property p) {
        return r(subject).getRequiredProperty(p).getString();
    }

    Literal literal(Resource subject, Property p) {
        return r(subject).getRequiredProperty(p).getLiteral();
    }

    Resource object(Resource subject, Property p) {
        return r(subject).getRequiredProperty(p).getResource();
    }

    List<String> uris(Resource subject, Property p) {
        return r(subject).listProperties(p).mapWith(s -> s.getObject()).mapWith(RDFNode::asResource)
                .mapWith(Resource::getURI).toList().stream().sorted().toList();
    }

    static String id(String path) { return IRIS.idBase() + path; }
}
