package org.iucnkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.store.KgStore;
import org.iucnkg.testing.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each event's start year, written at ingest beside its start date, in the same graph. */
class StartYearsTest extends SeededServiceTest {
    @Autowired
    KgStore store;
    @Autowired
    Iris iris;

    /** The graph and the year, as "graph year", for every start year of {@code event}. */
    private List<String> startYears(String event) {
        return new Probe(store).values("""
                SELECT (CONCAT(STR(?g), " ", STR(?year), " ", STR(DATATYPE(?year))) AS ?found)
                WHERE { GRAPH ?g { <%s> <https://schema.org/startDate> ?date ; ikg:startYear ?year } }
                """.formatted(iris.event(event).getURI()));
    }

    @Test
    void theKenyaLearningExchangeOfNov2019StartsIn2019InItsSourcesGraph() {
        // 000: "A learning exchange on communities and IWT was held in Kenya in Nov 2019" (start date 2019-11)
        assertThat(startYears("learning-exchange-on-communities-and-iwt-2019-11"))
                .containsExactly(iris.graph(Seeds.RES_025) + " 2019 http://www.w3.org/2001/XMLSchema#gYear");
    }

    @Test
    void referenceEventsGetTheirsInTheReferenceGraph() {
        // data/reference/events.csv: cites-sc66 starts 2016-01-11 (a date), wcc-2008 in 2008-10 (a year and month)
        assertThat(startYears("cites-sc66")).containsExactly(iris.referenceGraph() + " 2016 http://www.w3.org/2001/XMLSchema#gYear");
        assertThat(startYears("wcc-2008")).containsExactly(iris.referenceGraph() + " 2008 http://www.w3.org/2001/XMLSchema#gYear");
    }

    @Test
    void aYearAloneCountsAndWhatIsNoEventOrNoDateGetsNone() {
        Model data = RDFParser.fromString("""
                PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>
                PREFIX schema: <https://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <http://example.org/summit> a ikg:Event ; schema:startDate "2010"^^xsd:gYear .
                <http://example.org/undated> a ikg:Event ; schema:startDate "next spring" .
                <http://example.org/bad> a ikg:Event ; schema:startDate "2010-13-45"^^xsd:date .
                <http://example.org/book> a schema:Book ; schema:startDate "2011-02-03"^^xsd:date .
                """, Lang.TURTLE).toModel();
        StartYears.add(data);
        assertThat(data.listStatements(null, IKG.startYear, (String) null).mapWith(s -> s.getSubject() + " " + s.getLiteral().getLexicalForm()).toList())
                .containsExactly("http://example.org/summit 2010");
    }
}
