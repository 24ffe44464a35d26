package org.iucnkg.ingest.iucn;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.ingest.MalformedSourceException;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.ingest.resolve.ReferenceData;
import org.iucnkg.ingest.resolve.ReferenceResolver;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;

/** Parses a report with the real resolver and reference data, and reads the result by short id paths ("org/awf"). */
final class Graphs {
    static final Iris IRIS = Iris.standard();
    private static ReferenceData reference;

    private Graphs() {}

    static synchronized ReferenceData reference() {
        if (reference == null) reference = ReferenceData.load(IRIS);
        return reference;
    }

    static Parsed parse(SourceText source) {
        ParseContext ctx = new ParseContext(IRIS, ReferenceResolver.forIngest(reference(), GraphFactory.createDefaultGraph()), source.sourceId());
        try {
            new IucnReportParser().parse(source, ctx);
        } catch (MalformedSourceException e) {
            throw new AssertionError(e);
        }
        return new Parsed(ctx, ctx.model(), ModelFactory.createUnion(ctx.model(), reference().model()));
    }

    /** One parsed source: its model, and its model together with the reference graph (for labels and countries). */
    record Parsed(ParseContext ctx, Model model, Model withReference) {

        Resource id(String path) { return withReference.createResource(IRIS.idBase() + path); }

        Resource report() { return id("report/" + ctx.sourceId()); }

        Resource activity(int n) { return id("activity/" + ctx.sourceId() + "-" + n); }

        Resource planned(int n) { return id("planned-action/" + ctx.sourceId() + "-" + n); }

        /** The objects of {@code s p ?o} that are minted resources, as id paths ("org/awf"); literals as their lexical form. */
        Set<String> values(Resource s, Property p) {
            Set<String> values = new TreeSet<>();
            withReference.listObjectsOfProperty(s, p).forEach(o -> values.add(shortForm(o)));
            return values;
        }

        String value(Resource s, Property p) {
            Set<String> all = values(s, p);
            if (all.size() != 1) throw new AssertionError(s + " has " + all.size() + " values of " + p + ": " + all);
            return all.iterator().next();
        }

        /** The only event an activity is at that this source minted (not a known event of the reference data). */
        Resource mintedEvent(Resource activity) {
            var minted = model.listObjectsOfProperty(activity, IKG.atEvent).filterKeep(e -> !reference().model().containsResource(e)).toList();
            if (minted.size() != 1) throw new AssertionError(activity + " is at " + minted.size() + " minted events: " + minted);
            return minted.get(0).asResource();
        }

        private static String shortForm(RDFNode o) {
            if (o.isLiteral()) return o.asLiteral().getLexicalForm();
            String uri = o.asResource().getURI();
            return uri.startsWith(IRIS.idBase()) ? uri.substring(IRIS.idBase().length()) : uri;
        }
    }
}
