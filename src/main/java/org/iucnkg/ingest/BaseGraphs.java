package org.iucnkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.ingest.resolve.ReferenceData;
import org.iucnkg.model.Iris;

/**
 * The graphs every source graph is read against: the ontology, the concept schemes and the reference
 * data, each bound for its own named graph, and their union, the context the shapes validate with.
 */
final class BaseGraphs {
    static final String ONTOLOGY_FILE = "iucn-kg.ttl";
    static final String CONCEPTS_FILE = "concepts.ttl";

    private final Model ontology;
    private final Map<String, Model> byGraph = new LinkedHashMap<>();
    private final Graph context = GraphFactory.createDefaultGraph();

    private BaseGraphs(Iris iris, Model ontology, Model concepts, Model reference) {
        this.ontology = ontology;
        byGraph.put(iris.ontologyGraph(), ontology);
        byGraph.put(iris.conceptsGraph(), concepts);
        byGraph.put(iris.referenceGraph(), reference);
        byGraph.values().forEach(m -> m.getGraph().find().forEachRemaining(context::add));
    }

    /**
     * Loads the bundled ontology and concept schemes and the reference data, minted under {@code iris};
     * the data graphs get their superclass types like every source graph.
     */
    static BaseGraphs bundled(Iris iris, ReferenceData reference) {
        Model ontology = rebased(iris, read(ONTOLOGY_FILE));
        Model concepts = rebased(iris, read(CONCEPTS_FILE));
        Model referenceCopy = ModelFactory.createDefaultModel().add(reference.model());
        var materialiser = new TypeMaterialiser(ontology);
        materialiser.materialise(concepts);
        materialiser.materialise(referenceCopy);
        return new BaseGraphs(iris, ontology, concepts, referenceCopy);
    }

    Model ontology() { return ontology; }

    /** Graph name to content, ontology first, for loading into a store. */
    Map<String, Model> byGraph() { return Collections.unmodifiableMap(byGraph); }

    /** Ontology, concepts and reference data in one graph; read-only by convention. */
    Graph context() { return context; }

    private static Model read(String fileName) {
        var file = Bundled.ontology().stream().filter(f -> f.name().equals(fileName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the bundled ontology file " + fileName + " is missing from the classpath"));
        try (InputStream in = file.open()) {
            return ModelFactory.createModelForGraph(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled file " + fileName, e);
        }
    }

    /** The files mint concepts under the default base; a deployment with another base gets its own. */
    private static Model rebased(Iris iris, Model model) {
        String from = Iris.standard().idBase();
        if (iris.idBase().equals(from)) return model;
        Graph out = GraphFactory.createDefaultGraph();
        model.getGraph().find().forEachRemaining(t -> out.add(
                rebase(t.getSubject(), from, iris), rebase(t.getPredicate(), from, iris), rebase(t.getObject(), from, iris)));
        return ModelFactory.createModelForGraph(out);
    }

    private static Node rebase(Node node, String from, Iris iris) {
        return node.isURI() && node.getURI().startsWith(from)
                ? NodeFactory.createURI(iris.idBase() + node.getURI().substring(from.length()))
                : node;
    }
}
