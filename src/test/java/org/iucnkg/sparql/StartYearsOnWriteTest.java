package org.iucnkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.Json;
import org.junit.jupiter.api.Test;


/** Writes through SPARQL keep ikg:startYear, which /api/events?year= looks up, in step with schema:startDate. */
class StartYearsOnWriteTest extends EmbeddedServiceTest {
    static final String PREFIXES = WriteGateTest.PREFIXES + "PREFIX schema: <https://schema.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>"
            + " PREFIX dcterms: <http://purl.org/dc/terms/> ";
    static final String NOTES = "https://w3id.org/iucn-kg/graph/notes";
    static final String WORKSHOP = "https://w3id.org/iucn-kg/id/event/workshop-on-wildlife-crime";

    @Test
    void anEventWrittenWithADateGetsItsYear() {
        write("INSERT DATA { GRAPH <" + NOTES + "> { <" + WORKSHOP + "> a ikg:Event ; rdfs:label \"workshop on wildlife crime\" ; dcterms:source <" + Fixtures.REFERENCE + "> ;"
                + " schema:startDate \"2021-06-03\"^^xsd:date } }");

        assertThat(hasYear("2021")).isTrue();
        assertThat(eventsOf("2021")).containsExactly("workshop on wildlife crime");
    }

    @Test
    void aChangedDateMovesTheYear() {
        write("INSERT DATA { GRAPH <" + NOTES + "> { <" + WORKSHOP + "> a ikg:Event ; rdfs:label \"workshop on wildlife crime\" ; dcterms:source <" + Fixtures.REFERENCE + "> ;"
                + " schema:startDate \"2021-06-03\"^^xsd:date } }");

        write("DELETE { GRAPH ?g { ?e schema:startDate ?d } } INSERT { GRAPH ?g { ?e schema:startDate \"2019-11\"^^xsd:gYearMonth } }"
                + " WHERE { GRAPH ?g { ?e schema:startDate ?d } FILTER(?e = <" + WORKSHOP + ">) }");

        assertThat(hasYear("2019")).isTrue();
        assertThat(hasYear("2021")).isFalse();
        assertThat(eventsOf("2021")).isEmpty();
    }

    @Test
    void aRemovedDateTakesItsYearAlong() {
        write("INSERT DATA { GRAPH <" + NOTES + "> { <" + WORKSHOP + "> a ikg:Event ; rdfs:label \"workshop on wildlife crime\" ; dcterms:source <" + Fixtures.REFERENCE + "> ;"
                + " schema:startDate \"2021\"^^xsd:gYear } }");
        assertThat(hasYear("2021")).isTrue();

        write("DELETE DATA { GRAPH <" + NOTES + "> { <" + WORKSHOP + "> schema:startDate \"2021\"^^xsd:gYear } }");

        assertThat(Fixtures.ask(store, "ASK { GRAPH ?g { <" + WORKSHOP + "> <https://w3id.org/iucn-kg/ontology#startYear> ?y } }")).isFalse();
    }

    @Test
    void anEventOfASubclassCountsToo() {
        write("INSERT DATA { GRAPH <" + NOTES + "> { ikg:Meeting rdfs:subClassOf ikg:Event ."
                + " <" + WORKSHOP + "> a ikg:Meeting ; rdfs:label \"workshop on wildlife crime\" ; dcterms:source <" + Fixtures.REFERENCE + "> ; schema:startDate \"2022-02\"^^xsd:gYearMonth } }");

        assertThat(hasYear("2022")).isTrue();
    }

    /** The labels of /api/events?year= */
    private List<String> eventsOf(String year) {
        return Json.texts(Json.get(http, "/api/events?year=" + year).path("items"), "label");
    }

    private void write(String update) {
        HttpResponse<String> response = admin.update(PREFIXES + update);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private boolean hasYear(String year) {
        return Fixtures.ask(store, "ASK { GRAPH <" + NOTES + "> { <" + WORKSHOP + "> <https://w3id.org/iucn-kg/ontology#startYear> \""
                + year + "\"^^<http://www.w3.org/2001/XMLSchema#gYear> } }");
    }
}
