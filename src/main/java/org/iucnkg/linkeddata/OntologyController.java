package org.iucnkg.linkeddata;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.iucnkg.model.Iris;
import org.iucnkg.store.KgStore;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /ontology}: the ontology graph as documentation (HTML) or RDF, by negotiation or suffix
 * ({@code /ontology.ttl}, ...). The namespace {@code https://w3id.org/iucn-kg/ontology#} redirects here.
 */
@Controller
class OntologyController {
    private final KgStore store;
    private final Terms terms;
    private final PerVersion<Graph> ontology;
    private final PerVersion<OntologyPage> page;

    OntologyController(Iris iris, KgStore store, Terms terms) {
        this.store = store;
        this.terms = terms;
        this.ontology = new PerVersion<>(store, () -> withPrefixes(NamedGraphs.read(store, iris.ontologyGraph())));
        this.page = new PerVersion<>(store, () -> OntologyPage.of(ModelFactory.createModelForGraph(ontology.get()),
                ModelFactory.createModelForGraph(NamedGraphs.read(store, iris.conceptsGraph())), terms,
                new DocumentPath(LinkedDataRoutes.ONTOLOGY, null).downloads()));
    }

    @GetMapping({LinkedDataRoutes.ONTOLOGY, LinkedDataRoutes.ONTOLOGY + ".{suffix}"})
    ModelAndView ontology(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentPath document = DocumentPath.of(request);
        if (!document.path().equals(LinkedDataRoutes.ONTOLOGY)) {
            Representations.error(response, HttpServletResponse.SC_NOT_FOUND, "The ontology is served as " + Format.names() + ".");
            return null;
        }
        Optional<Format> format = Representations.negotiate(request, response, document, store.version());
        if (format.isEmpty()) return null;
        if (format.get().isRdf()) {
            Representations.write(response, ontology.get(), format.get());
            return null;
        }
        return new ModelAndView("ontology", Map.of("page", page.get()));
    }

    private Graph withPrefixes(Graph graph) {
        graph.getPrefixMapping().setNsPrefixes(terms.prefixes());
        return graph;
    }
}
