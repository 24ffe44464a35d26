package org.iucnkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.iucnkg.model.Iris;
import org.junit.jupiter.api.Test;

/**
 * Values go into the parsed query as typed terms, never as text: a value full of SPARQL stays one
 * literal. Paging and counting are done on the parsed query too.
 */
class BindingsTest {
    static final String TEXT = """
            #+ summary: Organisations by name
            #+ pagination: 10
            #+ params:
            #+   q: {type: string, description: "Text in the name"}
            #+   year: {type: gYear}
            #+   type: {type: enum, values: [Res, Rec, Dec]}
            #+   id: {type: iri, namespace: org}
            #+   source: {type: iri, namespace: source, slug: false}
            #+   country: {type: country}
            PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?iri WHERE {
              { FILTER(!BOUND(?__country)) } UNION { FILTER(BOUND(?__country)) ?iri ikg:country ?countryAsked FILTER(?countryAsked = ?__country) }
              ?iri rdfs:label ?label .
              FILTER(!BOUND(?__q) || CONTAINS(?label, ?__q))
              FILTER(!BOUND(?__year) || ?year = ?__year)
              FILTER(!BOUND(?__type) || ?type = ?__type)
              FILTER(!BOUND(?__id) || ?iri = ?__id)
              FILTER(!BOUND(?__source) || ?iri = ?__source)
            } ORDER BY ?label
            """;
    static final QueryFile FILE = QueryFile.read("test", TEXT);
    static final Iris IRIS = Iris.standard();

    @Test
    void aValueFullOfSparqlIsOneLiteral() {
        Query bound = Bindings.bind(FILE, Map.of("q", "x\")) } DROP ALL #"), IRIS);
        assertThat(bound.toString()).contains("contains(?label, \"x\\\")) } DROP ALL #\")").doesNotContain("?__q");
        // and the text of the bound query is plain SPARQL 1.1, as a remote store receives it
        assertThat(QueryFactory.create(bound.toString(), Syntax.syntaxSPARQL_11).getQueryPattern()).isEqualTo(bound.getQueryPattern());
    }

    @Test
    void valuesAreTypedTerms() {
        Query bound = Bindings.bind(FILE, Map.of("year", "2016", "type", "Rec", "id", "WWF - UK", "source", "001_50aa66a37577ce79"), IRIS);
        assertThat(bound.toString()).contains("\"2016\"^^<http://www.w3.org/2001/XMLSchema#gYear>", "\"Rec\"",
                "<https://w3id.org/iucn-kg/id/org/wwf-uk>", "<https://w3id.org/iucn-kg/id/source/001_50aa66a37577ce79>");
    }

    @Test
    void whatAnAbsentValueLeavesOpenIsDropped() {
        String bound = Bindings.bind(FILE, Map.of(), IRIS).toString().replaceAll("\\s+", " ");
        assertThat(bound).doesNotContain("FILTER", "UNION", "?__", "country").contains("WHERE { ?iri rdfs:label ?label }");
    }

    @Test
    void aGivenValueLeavesOnlyItsTest() {
        String bound = Bindings.bind(FILE, Map.of("q", "wwf"), IRIS).toString().replaceAll("\\s+", " ");
        assertThat(bound).contains("FILTER contains(?label, \"wwf\")").doesNotContain("bound", "?__");
    }

    @Test
    void aGivenCountryIsWhereTheQueryStarts() {
        Query bound = Bindings.bind(FILE, Map.of("country", "ke"), IRIS);
        assertThat(bound.toString().replaceAll("\\s+", " ")).contains("?iri ikg:country ?countryAsked FILTER ( ?countryAsked = <https://w3id.org/iucn-kg/id/country/KE> )").doesNotContain("UNION", "bound");
        assertThat(QueryFactory.create(bound.toString(), Syntax.syntaxSPARQL_11).getQueryPattern()).isEqualTo(bound.getQueryPattern());
        assertThatThrownBy(() -> Bindings.bind(FILE, Map.of("country", "Kenya"), IRIS))
                .hasMessage("country must be an ISO 3166-1 alpha-2 code of two letters");
    }

    @Test
    void badValuesAreRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> Bindings.bind(FILE, Map.of("year", "20x6"), IRIS)).hasMessage("year must be a year of four digits");
        assertThatThrownBy(() -> Bindings.bind(FILE, Map.of("type", "Foo"), IRIS))
                .isInstanceOf(BadParameterException.class).hasMessage("type must be one of Res, Rec, Dec (got 'Foo')")
                .extracting(e -> ((BadParameterException) e).allowed()).asList().containsExactly("Res", "Rec", "Dec");
        assertThatThrownBy(() -> Bindings.bind(FILE, Map.of("source", "../x"), IRIS)).hasMessage("source is not a valid key");
        assertThatThrownBy(() -> Bindings.bind(FILE, Map.of("yr", "2016"), IRIS))
                .hasMessage("unknown parameter yr; this query takes q, year, type, id, source, country");
    }

    @Test
    void theCountIsTheParsedQueryWrappedWithoutOrderOrPaging() {
        Query page = Counting.pageOf(FILE.query(), false, 3, 10);
        assertThat(page.getLimit()).isEqualTo(10);
        assertThat(page.getOffset()).isEqualTo(20);
        String count = Counting.countOf(page, false).toString();
        assertThat(count).contains("(count(*) AS ?total)").doesNotContain("ORDER BY", "LIMIT", "OFFSET");
        assertThat(QueryFactory.create(count, Syntax.syntaxSPARQL_11).isSelectType()).isTrue();
    }

    @Test
    void aHeaderThatDoesNotMatchItsVariablesStopsTheCatalog() {
        assertThatThrownBy(() -> QueryFile.read("bad", "#+ summary: x\nSELECT * WHERE { ?s ?p ?__o }"))
                .hasMessageContaining("parameters without a #+ params entry: [o]");
        assertThatThrownBy(() -> QueryFile.read("bad", "#+ summary: x\n#+ params:\n#+   o: {type: place}\nSELECT * WHERE { ?s ?p ?__o }"))
                .hasMessageContaining("unknown parameter type 'place' (known: string, integer, gYear, iri, enum, country)");
        assertThatThrownBy(() -> QueryFile.read("bad", "SELECT * WHERE { ?s ?p ?o }")).hasMessageContaining("no summary");
    }
}
