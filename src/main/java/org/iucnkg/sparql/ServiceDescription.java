package org.iucnkg.sparql;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.vocabulary.RDF;
import org.iucnkg.store.KgStore;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The SPARQL 1.1 Service Description answered by a bare GET of the query endpoint: the query and
 * update services, their languages and result formats, and the dataset, whose default graph is the
 * union of the named graphs listed.
 */
final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads");

    private final KgStore store;
    private final boolean serviceAllowed;

    ServiceDescription(KgStore store, boolean serviceAllowed) {
        this.store = store;
        this.serviceAllowed = serviceAllowed;
    }

    /** Sends the description in the format the client negotiated (Turtle by default). */
    void send(HttpAction action) {
        HttpServletRequest request = action.getRequest();
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        Responses.doResponseGraph(action, describe(url, base + SparqlRoutes.UPDATE).getGraph());
    }

    Model describe(String queryEndpoint, String updateEndpoint) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD);
        model.setNsPrefix("formats", FORMATS);
        Resource dataset = dataset(model);
        Resource query = service(model, queryEndpoint, "SPARQL11Query", dataset)
                .addProperty(sd("supportedLanguage"), model.createResource(SD + "SPARQL10Query"));
        RESULT_FORMATS.forEach(format -> query.addProperty(sd("resultFormat"), model.createResource(FORMATS + format)));
        if (serviceAllowed) query.addProperty(sd("feature"), model.createResource(SD + "BasicFederatedQuery"));
        service(model, updateEndpoint, "SPARQL11Update", dataset);
        return model;
    }

    private static Resource service(Model model, String endpoint, String language, Resource dataset) {
        return model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(sd("endpoint"), model.createResource(endpoint))
                .addProperty(sd("supportedLanguage"), model.createResource(SD + language))
                .addProperty(sd("feature"), model.createResource(SD + "UnionDefaultGraph"))
                .addProperty(sd("defaultDataset"), dataset);
    }

    private Resource dataset(Model model) {
        Resource dataset = model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Dataset"))
                .addProperty(sd("defaultGraph"), model.createResource().addProperty(RDF.type, model.createResource(SD + "Graph")));
        for (String name : graphNames())
            dataset.addProperty(sd("namedGraph"), model.createResource()
                    .addProperty(RDF.type, model.createResource(SD + "NamedGraph"))
                    .addProperty(sd("name"), model.createResource(name)));
        return dataset;
    }

    private List<String> graphNames() {
        List<String> names = new ArrayList<>();
        try (RDFLink link = store.link()) {
            link.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g",
                    row -> names.add(row.get("g").getURI()));
        }
        return names;
    }

    private static Property sd(String localName) {
        return ResourceFactory.createProperty(SD, localName);
    }
}
