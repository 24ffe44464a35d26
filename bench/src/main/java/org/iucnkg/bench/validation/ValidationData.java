package org.iucnkg.bench.validation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.model.Iris;

/**
 * The store dump read once for the validation benchmark: every quad as one graph (as the SPARQL
 * default graph sees it), the base graphs (ontology, concepts, reference) as the context, and the
 * first source graphs on their own, for the per-document gate.
 */
record ValidationData(Graph union, Graph context, Map<String, Graph> someSources) {

    static ValidationData read(Path dump, int sources) {
        Iris iris = Iris.standard();
        Set<String> base = Set.of(iris.ontologyGraph(), iris.conceptsGraph(), iris.referenceGraph());
        Graph union = GraphFactory.createDefaultGraph();
        Graph context = GraphFactory.createDefaultGraph();
        Map<String, Graph> some = new LinkedHashMap<>();
        RDFParser.source(dump).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                union.add(quad.asTriple());
                String graph = quad.getGraph().getURI();
                if (base.contains(graph)) {
                    context.add(quad.asTriple());
                } else if (some.containsKey(graph) || some.size() < sources) {
                    some.computeIfAbsent(graph, g -> GraphFactory.createDefaultGraph()).add(quad.asTriple());
                }
            }
        });
        return new ValidationData(union, context, some);
    }
}
