package org.iucnkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A deployment under another base: {@code /id/...} answers for the resources minted under that base. */
class OtherBaseTest extends ServiceTest {
    private static final String BASE = "https://kg.example.org/conservation/";
    private static final Iris IRIS = new Iris(BASE);
    private static final Path STORE = Fixtures.tempStore("kg-other-base");

    @DynamicPropertySource
    static void otherBase(DynamicPropertyRegistry settings) {
        settings.add("kg.base-iri", () -> BASE);
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "false");
    }

    @BeforeEach
    void organisationUnderTheOtherBase() {
        Model model = ModelFactory.createDefaultModel();
        Resource awf = IRIS.organisation("awf").inModel(model)
                .addProperty(RDFS.label, "African Wildlife Foundation")
                .addProperty(IKG.country, IRIS.country("KE"));
        IRIS.country("KE").inModel(model).addProperty(RDFS.label, "Kenya");
        IRIS.report("r1").inModel(model).addProperty(IKG.implementingMember, awf);
        store.replaceGraph(IRIS.graph("r1"), model.getGraph());
    }

    @Test
    void idPathsDereferenceUnderTheConfiguredBase() {
        HttpResponse<String> response = http.get("/id/org/awf", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        Node awf = NodeFactory.createURI(BASE + "id/org/awf");
        assertThat(graph.contains(awf, RDFS.label.asNode(), NodeFactory.createLiteralString("African Wildlife Foundation"))).isTrue();
        assertThat(graph.contains(NodeFactory.createURI(BASE + "id/country/KE"), RDFS.label.asNode(), NodeFactory.createLiteralString("Kenya"))).isTrue();
        assertThat(graph.contains(NodeFactory.createURI(BASE + "id/report/r1"), IKG.implementingMember.asNode(), awf)).isTrue();
    }

    @Test
    void pagesLinkTheOtherBasesResourcesToThisService() {
        String page = http.get("/id/org/awf", "text/html").body();

        assertThat(page).contains("<h1>African Wildlife Foundation</h1>").contains(BASE + "id/org/awf")
                .contains("href=\"/id/country/KE\"").contains("href=\"/id/report/r1\"");
    }

    @Test
    void resourcesAreNamedUnderTheConfiguredBaseOnly() {
        assertThat(http.get("/id/org/nope", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(http.get("/id/org/awf", "text/turtle").body()).doesNotContain("https://w3id.org/iucn-kg/id/org/awf");
    }
}
