package org.iucnkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.model.Iris;
import org.junit.jupiter.api.Test;

class TermsTest {
    private final Terms terms = new Terms(new Iris("https://kg.example.org/"));

    @Test
    void linksStayOnThisServiceWhereItHasAPage() {
        assertThat(terms.href("https://kg.example.org/id/org/awf")).isEqualTo("/id/org/awf");
        assertThat(terms.href("https://w3id.org/iucn-kg/ontology#Activity")).isEqualTo("/ontology#Activity");
        assertThat(terms.href("https://w3id.org/iucn-kg/ontology")).isEqualTo("/ontology");
        assertThat(terms.href("http://www.w3.org/ns/prov#Activity")).isEqualTo("http://www.w3.org/ns/prov#Activity");
    }

    @Test
    void anIriThatIsNoWebAddressIsNoLink() {
        assertThat(terms.href("javascript:alert(1)")).isNull();
        assertThat(terms.href("urn:example:thing")).isNull();
    }

    @Test
    void valuesShowALabelAShortNameOrALiteralWithItsDatatypeOrLanguage() {
        Graph labels = GraphFactory.createDefaultGraph();
        var awf = NodeFactory.createURI("https://kg.example.org/id/org/awf");
        labels.add(awf, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Fondation africaine pour la faune", "fr"));
        labels.add(awf, RDFS.label.asNode(), NodeFactory.createLiteralString("African Wildlife Foundation"));

        assertThat(terms.value(awf, labels).text()).isEqualTo("African Wildlife Foundation");
        assertThat(terms.value(NodeFactory.createURI("https://kg.example.org/id/org/wwf-uk"), labels).text()).isEqualTo("id:org/wwf-uk");
        var year = terms.value(NodeFactory.createLiteralDT("2020", XSDDatatype.XSDgYear), labels);
        assertThat(year.text()).isEqualTo("2020");
        assertThat(year.datatype()).isEqualTo("xsd:gYear");
        assertThat(year.literal()).isTrue();
        var french = terms.value(NodeFactory.createLiteralLang("Renforcement des capacités", "fr"), labels);
        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.datatype()).isNull();
    }
}
