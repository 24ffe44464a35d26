package org.iucnkg.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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
     * the data graphs get their superclass types (and the reference events their start years) like every source graph.
     */
    static BaseGraphs bundled(Iris iris, ReferenceData reference) {
        Model ontology = read(iris, ONTOLOGY_FILE);
        Model concepts = read(iris, CONCEPTS_FILE);
        Model referenceCopy = ModelFactory.createDefaultModel().add(reference.model());
        var materialiser = new TypeMaterialiser(ontology);
        materialiser.materialise(concepts);
        materialiser.materialise(referenceCopy);
        StartYears.add(referenceCopy);
        return new BaseGraphs(iris, ontology, concepts, referenceCopy);
    }

    Model ontology() { return ontology; }

    /** Graph name to content, ontology first, for loading into a store. */
    Map<String, Model> byGraph() { return Collections.unmodifiableMap(byGraph); }

    /** Ontology, concepts and reference data in one graph; read-only by convention. */
    Graph context() { return context; }

    private static Model read(Iris iris, String fileName) {
        var file = Bundled.ontology().stream().filter(f -> f.name().equals(fileName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the bundled ontology file " + fileName + " is missing from the classpath"));
        return Rebased.read(iris, file);
    }
}
