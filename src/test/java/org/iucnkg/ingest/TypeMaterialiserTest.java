package org.iucnkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class TypeMaterialiserTest {
    private static final String PREFIXES = """
            @prefix ikg: <https://w3id.org/iucn-kg/ontology#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix id: <https://w3id.org/iucn-kg/id/> .
            """;

    private static final Model ONTOLOGY = model("""
            ikg:IUCNMember rdfs:subClassOf org:Organization .
            org:OrganizationalUnit rdfs:subClassOf org:Organization .
            ikg:ActivityReport rdfs:subClassOf ikg:ProgressReport .
            ikg:ProgressReport rdfs:subClassOf prov:Entity , [ a owl:Restriction ; owl:onProperty ikg:reportsOn ] .
            ikg:Loop rdfs:subClassOf ikg:Back . ikg:Back rdfs:subClassOf ikg:Loop .
            """);

    private static Model model(String turtle) {
        return RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toModel();
    }

    private static Set<String> typesOf(Model data, String id) {
        return data.listObjectsOfProperty(data.createResource("https://w3id.org/iucn-kg/id/" + id), RDF.type)
                .mapWith(RDFNode::asResource).mapWith(r -> r.getURI().replaceAll(".*[#/]", "")).toSet();
    }

    /** The local names of the types of {@code id:x} once {@code id:x a <type>} is materialised. */
    private static Set<String> materialisedTypes(String type) {
        Model data = model("id:x a " + type + " .");
        new TypeMaterialiser(ONTOLOGY).materialise(data);
        return typesOf(data, "x");
    }

    @Test
    void aMemberIsAlsoAnOrganization() {
        assertEquals(Set.of("IUCNMember", "Organization"), materialisedTypes("ikg:IUCNMember"));
    }

    @Test
    void ancestorsAreAddedTransitivelyAndRestrictionsAreNot() {
        assertEquals(Set.of("ActivityReport", "ProgressReport", "Entity"), materialisedTypes("ikg:ActivityReport"));
    }

    @Test
    void aCycleInTheOntologyEnds() {
        assertEquals(Set.of("Loop", "Back"), materialisedTypes("ikg:Loop"));
    }

    @Test
    void classesTheOntologyDoesNotKnowAreLeftAlone() {
        assertEquals(Set.of("Country"), materialisedTypes("ikg:Country"));
    }
}
