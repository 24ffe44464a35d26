package org.iucnkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.junit.jupiter.api.Test;

/** A query paged in its sub-select: the page and the count apply to the rows it chooses, the rest only gathers. */
class CountingTest {
    private static final String PEOPLE = """
            #+ summary: People and how many they know
            #+ pagination: 2
            #+ paging: subselect
            PREFIX : <http://example.org/>
            SELECT ?name (COUNT(?friend) AS ?friends)
            WHERE {
              { SELECT ?person ?name WHERE { ?person :name ?name } ORDER BY ?name }
              OPTIONAL { ?person :knows ?friend }
            }
            GROUP BY ?person ?name
            ORDER BY ?name
            """;
    private static final Query QUERY = QueryFile.read("people", PEOPLE).query();

    /** Five people; Ann knows three, Cem one, the others nobody. */
    private static final Model DATA = RDFParser.fromString("""
            PREFIX : <http://example.org/>
            :ann :name "Ann" ; :knows :bob, :cem, :dan .
            :bob :name "Bob" .
            :cem :name "Cem" ; :knows :ann .
            :dan :name "Dan" .
            :eve :name "Eve" .
            """, Lang.TURTLE).toModel();

    @Test
    void thePageIsCutInTheSubSelectAndTheWholeQueryIsLeftAlone() {
        Query page = Counting.pageOf(QUERY, true, 2, 2);
        assertThat(page.hasLimit()).isFalse();
        assertThat(rowsOf(page).getLimit()).isEqualTo(2);
        assertThat(rowsOf(page).getOffset()).isEqualTo(2);
        assertThat(rowsOf(QUERY).hasLimit()).as("the catalog's query is not changed").isFalse();
    }

    @Test
    void theCountCountsTheSubSelectsRowsWithoutGatheringOrOrdering() {
        String count = Counting.countOf(QUERY, true).toString();
        assertThat(count).contains("(count(*) AS ?total)", ":name").doesNotContain(":knows", "ORDER BY", "GROUP BY");
        assertThat(select(Counting.countOf(QUERY, true))).containsExactly("5");
    }

    @Test
    void pagesGatherOnlyTheirRowsAndTogetherAreTheWholeAnswer() {
        assertThat(select(Counting.pageOf(QUERY, true, 1, 2))).containsExactly("Ann 3", "Bob 0");
        assertThat(select(Counting.pageOf(QUERY, true, 2, 2))).containsExactly("Cem 1", "Dan 0");
        assertThat(select(Counting.pageOf(QUERY, true, 3, 2))).containsExactly("Eve 0");
        assertThat(select(QUERY)).containsExactly("Ann 3", "Bob 0", "Cem 1", "Dan 0", "Eve 0");
    }

    @Test
    void aHeaderThatPromisesASubSelectTheQueryLacksStopsTheCatalog() {
        String noSubSelect = "#+ summary: x\n#+ pagination: 2\n#+ paging: subselect\nSELECT * WHERE { ?s ?p ?o } ORDER BY ?s";
        assertThatThrownBy(() -> QueryFile.read("bad", noSubSelect))
                .hasMessageContaining("needs a sub-select with ORDER BY directly in the WHERE clause");
        assertThatThrownBy(() -> QueryFile.read("bad", PEOPLE.replace("GROUP BY ?person ?name\nORDER BY ?name", "GROUP BY ?person ?name")))
                .hasMessageContaining("needs an ORDER BY on the whole query too");
        assertThatThrownBy(() -> QueryFile.read("bad", PEOPLE.replace("ORDER BY ?name }", "ORDER BY ?name LIMIT 9 }")))
                .hasMessageContaining("the sub-select must have no LIMIT or OFFSET");
        assertThatThrownBy(() -> QueryFile.read("bad", PEOPLE.replace("#+ pagination: 2\n", "")))
                .hasMessageContaining("#+ paging: subselect needs a #+ pagination page size");
        assertThatThrownBy(() -> QueryFile.read("bad", PEOPLE.replace("paging: subselect", "paging: outer")))
                .hasMessageContaining("#+ paging can only be subselect (got 'outer')");
    }

    private static Query rowsOf(Query query) {
        return ((ElementGroup) query.getQueryPattern()).getElements().stream()
                .filter(ElementSubQuery.class::isInstance).map(e -> ((ElementSubQuery) e).getQuery()).findFirst().orElseThrow();
    }

    /** Each row's values, lexical forms joined by a space. */
    private static List<String> select(Query query) {
        List<String> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.graph(DATA.getGraph()).query(query).build()) {
            exec.select().forEachRemaining(row -> {
                List<String> values = new ArrayList<>();
                query.getProjectVars().forEach(v -> values.add(row.get(v).getLiteralLexicalForm()));
                rows.add(String.join(" ", values));
            });
        }
        return rows;
    }
}
