package org.iucnkg.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.iucnkg.ingest.resolve.EntityResolver;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.model.PROV;

/** What a parser writes into while reading one source: the source's model, resolver and warnings. */
public final class ParseContext {
    private final Iris iris;
    private final EntityResolver resolver;
    private final Resource sourceDocument;
    private final String sourceId;
    private final Model model = ModelFactory.createDefaultModel();
    private final List<String> warnings = new ArrayList<>();
    private final List<Resource> reports = new ArrayList<>();

    public ParseContext(Iris iris, EntityResolver resolver, String sourceId) {
        this.iris = iris;
        this.resolver = resolver;
        this.sourceId = sourceId;
        this.sourceDocument = model.createResource(iris.source(sourceId).getURI());
    }

    public Iris iris() { return iris; }
    public EntityResolver resolver() { return resolver; }
    public Model model() { return model; }
    public String sourceId() { return sourceId; }
    public Resource sourceDocument() { return sourceDocument; }

    /** Marks a resource as described by this source ({@code prov:wasDerivedFrom}) and returns it in this model. */
    public Resource derived(Resource resource) {
        Resource r = model.createResource(resource.getURI());
        r.addProperty(PROV.wasDerivedFrom, sourceDocument);
        return r;
    }

    /** Records text the parser could not place: kept on the given resource and reported as a warning. */
    public void unplaced(Resource on, String what, String text) {
        model.createResource(on.getURI()).addProperty(IKG.unparsedText, text);
        warn(what + ": " + text);
    }

    public void warn(String warning) { warnings.add(warning); }
    public void addReport(Resource report) { reports.add(report); }
    public List<String> warnings() { return Collections.unmodifiableList(warnings); }
    public List<Resource> reports() { return Collections.unmodifiableList(reports); }
}
