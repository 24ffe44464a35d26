package org.iucnkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.iucnkg.model.PROV;
import org.junit.jupiter.api.Test;

/** {@code /ontology}: documentation with an anchor per term, and the ontology graph as RDF. */
class OntologyRouteTest extends SeededServiceTest {

    @Test
    void thePageDocumentsEachTermUnderItsOwnAnchor() {
        HttpResponse<String> response = http.get("/ontology", "text/html");
        String page = response.body();

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page).contains("<h1>IUCN-KG ontology</h1>")
                .contains("<dd>0.1.0</dd>")
                .contains("https://creativecommons.org/licenses/by/4.0/")
                .contains("<article id=\"Activity\">")
                .contains("One reported action or achievement, as a report describes it (dcterms:description).")
                .containsPattern("(?s)<article id=\"Activity\">.*?href=\"http://www.w3.org/ns/prov#Activity\"[^>]*>prov:Activity</a>.*?</article>")
                .contains("<article id=\"implementingMember\">")
                .containsPattern("(?s)<article id=\"implementingMember\">.*?<dt>Domain</dt>.*?href=\"/ontology#ProgressReport\".*?"
                        + "<dt>Range</dt>.*?href=\"/ontology#IUCNMember\".*?</article>");
    }

    @Test
    void thePageListsTheConceptSchemesWithTheirConcepts() {
        String page = http.get("/ontology", "text/html").body();

        assertThat(page).contains("href=\"/id/scheme/toolkit-steps\"")
                .containsPattern("<td>5</td>\\s*<td>\\s*<a href=\"/id/concept/toolkit-steps/5\"[^>]*>In-country mission</a>");
    }

    @Test
    void turtleIsTheOntologyGraph() {
        HttpResponse<String> response = http.get("/ontology", "text/turtle");

        Graph ontology = parse(response.body(), Lang.TURTLE);
        assertThat(ontology.contains(IKG.Activity.asNode(), RDFS.subClassOf.asNode(), PROV.Activity.asNode())).isTrue();
        assertThat(ontology.contains(IKG.Activity.asNode(), RDFS.label.asNode(), NodeFactory.createLiteralString("Activity"))).isTrue();
        assertThat(response.headers().firstValue("Content-Location")).contains("/ontology.ttl");
    }

    @Test
    void suffixesServeEachFormat() {
        Graph turtle = parse(http.get("/ontology.ttl", "*/*").body(), Lang.TURTLE);

        assertThat(parse(http.get("/ontology.rdf", "*/*").body(), Lang.RDFXML).isIsomorphicWith(turtle)).isTrue();
        assertThat(parse(http.get("/ontology.jsonld", "*/*").body(), Lang.JSONLD).isIsomorphicWith(turtle)).isTrue();
        assertThat(http.get("/ontology.html", "text/turtle").body()).contains("<article id=\"Activity\">");
        assertThat(http.get("/ontology.csv", "*/*").statusCode()).isEqualTo(404);
    }
}
