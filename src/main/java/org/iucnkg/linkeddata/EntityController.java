package org.iucnkg.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.iucnkg.linkeddata.EntityPage.Incoming;
import org.iucnkg.model.Iris;
import org.iucnkg.store.KgStore;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /id/{path}} answers for the resource {@code <base>id/{path}} with 200 and the format the
 * request negotiates (or names by suffix); a resource the graph does not mention is 404.
 */
@Controller
class EntityController {
    private final Iris iris;
    private final KgStore store;
    private final EntityDescription description;
    private final Terms terms;

    EntityController(Iris iris, KgStore store, EntityDescription description, Terms terms) {
        this.iris = iris;
        this.store = store;
        this.description = description;
        this.terms = terms;
    }

    @GetMapping(LinkedDataRoutes.ID + "**")
    ModelAndView entity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentPath document = DocumentPath.of(request);
        String iri = iris.idBase() + document.path().substring(LinkedDataRoutes.ID.length());
        if (!description.exists(iri)) {
            Representations.error(response, HttpServletResponse.SC_NOT_FOUND, "The graph says nothing about <" + iri + ">.");
            return null;
        }
        Optional<Format> format = Representations.negotiate(request, response, document, store.version());
        if (format.isEmpty()) return null;
        Graph graph = description.describe(iri);
        graph.getPrefixMapping().setNsPrefixes(terms.prefixes());
        Incoming incoming = new Incoming(description.incomingLinks(iri), description.incomingLimit(), queryPage(incomingQuery(iri)));
        if (incoming.cut())
            response.addHeader(HttpHeaders.LINK, "<" + request.getContextPath() + incoming.allHref() + ">; rel=\"related\"; title=\"all "
                    + incoming.total() + " statements that point to this resource\"");
        if (format.get().isRdf()) {
            Representations.write(response, graph, format.get());
            return null;
        }
        var page = EntityPage.of(iri, graph, description.sourcedStatements(iri), incoming, terms, document.downloads(),
                queryPage(describeQuery(iri)), scriptSafe(Representations.text(graph, Format.JSONLD)));
        return new ModelAndView("entity", Map.of("page", page));
    }

    /** JSON that cannot end the script element it sits in: every '<' (only ever inside strings) escaped. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    private static String describeQuery(String iri) {
        var query = new ParameterizedSparqlString("DESCRIBE ?resource");
        query.setIri("resource", iri);
        return query.toString();
    }

    private static String incomingQuery(String iri) {
        var query = new ParameterizedSparqlString("SELECT ?subject ?property WHERE { ?subject ?property ?resource }");
        query.setIri("resource", iri);
        return query.toString();
    }

    private static String queryPage(String query) {
        return LinkedDataRoutes.QUERY_PAGE + "?query=" + UriUtils.encodeQueryParam(query, StandardCharsets.UTF_8);
    }
}
