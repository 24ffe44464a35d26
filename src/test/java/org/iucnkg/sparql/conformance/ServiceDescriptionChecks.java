package org.iucnkg.sparql.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.iucnkg.sparql.SparqlRoutes;
import org.iucnkg.testing.Http;

/**
 * The service description tests, whose manifest names them without requests. They follow the W3C
 * conformance criteria as the suite's validator checks them: GET of the endpoint returns RDF, the RDF
 * holds {@code ?service sd:endpoint <endpoint URL>}, and every {@code sd:NamedGraph} has an {@code sd:name}.
 */
final class ServiceDescriptionChecks {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private ServiceDescriptionChecks() {}

    static void run(String testId, Http http) {
        HttpResponse<String> response = http.get(SparqlRoutes.QUERY, "text/turtle, application/rdf+xml;q=0.9");
        assertThat(response.statusCode()).as("GET %s", SparqlRoutes.QUERY).isEqualTo(200);
        ContentType type = ContentType.create(response.headers().firstValue("Content-Type").orElse(""));
        Model description = ModelFactory.createModelForGraph(
                RDFParser.fromString(response.body(), RDFLanguages.contentTypeToLang(type)).toGraph());
        switch (testId) {
            case "returns-rdf" -> assertThat(description.isEmpty()).as("the description is RDF with content").isFalse();
            case "has-endpoint-triple" -> assertThat(description.contains(null, description.createProperty(SD, "endpoint"),
                    description.createResource(http.url(SparqlRoutes.QUERY)))).as("sd:endpoint <%s>", http.url(SparqlRoutes.QUERY)).isTrue();
            case "conforms-to-schema" -> {
                var namedGraphs = description.listSubjectsWithProperty(RDF.type, description.createResource(SD + "NamedGraph")).toList();
                assertThat(namedGraphs).as("named graphs described").isNotEmpty();
                for (Resource graph : namedGraphs)
                    assertThat(graph.hasProperty(description.createProperty(SD, "name"))).as("%s has an sd:name", graph).isTrue();
            }
            default -> throw new IllegalArgumentException("no check for service description test " + testId);
        }
    }
}
