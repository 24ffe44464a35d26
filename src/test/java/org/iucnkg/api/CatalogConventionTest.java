package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryFile;
import org.iucnkg.query.QueryParam;
import org.iucnkg.query.QueryRunner;
import org.iucnkg.testing.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of the query catalog: every file parses (the catalog would not load otherwise), has a summary,
 * is used by exactly one route (or names the remote alternative of one that is), takes only the parameters its route can give, and answers its header's
 * examples on the seed data with the rows stated here.
 */
class CatalogConventionTest extends SeededServiceTest {
    /** Rows each query answers for the examples in its header, on the seeds. */
    static final Map<String, Integer> EXAMPLE_ROWS = Map.ofEntries(
            Map.entry("resolutions", 1),           // 2020, Res, on-going, capacity-building, awf, "Res-040": WCC-2020-Res-040
            Map.entry("resolution", 1), Map.entry("resolution-reports", 1), Map.entry("resolution-categories", 6),
            Map.entry("resolution-organisations", 1) /* the commissions: SSC */, Map.entry("resolution-activities", 14), Map.entry("resolution-events", 1),
            Map.entry("resolution-recognises", 1),
            Map.entry("organisations", 1),         // "wwf", France, member: WWF France
            Map.entry("organisation", 1), Map.entry("organisation-resolutions", 2), Map.entry("organisation-activities", 10),
            Map.entry("organisation-collaborators", 21), Map.entry("organisation-collaborators-remote", 21),
            Map.entry("organisation-recognised-by", 17), Map.entry("organisation-members", 5),
            Map.entry("countries", 1), Map.entry("country", 1), Map.entry("country-organisations", 6),
            Map.entry("country-toolkit-steps", 8), Map.entry("country-events", 1),
            Map.entry("toolkit", 17), Map.entry("events", 1), // Kenya, 2019, "exchange": the learning exchange
            Map.entry("search", 1), Map.entry("search-contains", 1),   // kind organisation: the National Whistleblower Center
            Map.entry("instrument-years", 6), Map.entry("event-years", 12), Map.entry("country-codes", 249),
            Map.entry("sources", 5), Map.entry("source", 1), Map.entry("source-reports", 1), Map.entry("source-warnings", 2)); // 001: the misspelt "National Whistleblower Cente", an undated side event

    @Autowired
    QueryCatalog catalog;
    @Autowired
    QueryRunner runner;

    @Test
    void everyQueryHasASummaryAndIsRoutedExactlyOnceOrGivesTheValuesOfRoutesAnsweredAhead() {
        Map<String, Long> uses = Stream.concat(Routes.ALL.stream().flatMap(route -> route.queries().stream()),
                        catalog.all().stream().map(query -> query.header().remote()).filter(name -> !name.isEmpty())) // used in the routed query's place
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        Set<String> values = Routes.ALL.stream().map(Route::ahead).filter(Objects::nonNull).map(Route.Ahead::valuesQuery).collect(Collectors.toSet());
        assertThat(values).containsExactlyInAnyOrder("instrument-years", "event-years", "country-codes");
        for (QueryFile query : catalog.all()) {
            assertThat(query.header().summary()).as(query.name()).isNotBlank();
            if (values.contains(query.name())) {
                assertThat(uses).as("routes using " + query.name()).doesNotContainKey(query.name());
                assertThat(query.params()).as(query.name()).isEmpty();
                assertThat(query.query().getResultVars()).as(query.name()).containsExactly("value");
            } else {
                assertThat(uses.get(query.name())).as("routes using " + query.name()).isEqualTo(1L);
            }
        }
        assertThat(uses.keySet()).allSatisfy(name -> assertThat(catalog.get(name)).isNotNull());
    }

    @Test
    void aRouteAnsweredAheadTakesTheParameterItIsAnsweredFor() {
        for (Route route : Routes.ALL) {
            if (route.ahead() == null) continue;
            assertThat(catalog.get(route.query()).param(route.ahead().param())).as(route.path()).isNotNull();
        }
    }

    @Test
    void aDetailsQueriesTakeExactlyItsPathVariablesAndAGroupedPartItsGroup() {
        for (Route route : Routes.ALL) {
            if (!route.isDetail()) continue;
            assertThat(required(route.query())).as(route.query()).containsExactlyElementsOf(route.pathVariables());
            assertThat(optional(route.query())).as(route.query()).isEmpty();
            for (Route.Part part : route.parts()) {
                assertThat(required(part.query())).as(part.query()).containsExactlyElementsOf(route.pathVariables());
                assertThat(optional(part.query())).as(part.query()).isEqualTo(part.isGrouped() ? List.of(part.groupBy()) : List.of());
            }
        }
    }

    private List<String> required(String query) {
        return catalog.get(query).params().stream().filter(QueryParam::required).map(QueryParam::name).toList();
    }

    private List<String> optional(String query) {
        return catalog.get(query).params().stream().filter(p -> !p.required()).map(QueryParam::name).toList();
    }

    @Test
    void everyQueryAnswersItsExamplesOnTheSeeds() {
        assertThat(EXAMPLE_ROWS.keySet()).containsExactlyInAnyOrderElementsOf(catalog.all().stream().map(QueryFile::name).toList());
        for (QueryFile query : catalog.all()) {
            Map<String, String> examples = new HashMap<>();
            query.params().forEach(param -> examples.put(param.name(), param.example()));
            assertThat(examples.values()).as(query.name() + " examples").doesNotContainNull();
            assertThat(runner.all(query, examples).size()).as(query.name()).isEqualTo(EXAMPLE_ROWS.get(query.name()));
        }
    }
}
