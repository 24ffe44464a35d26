package org.iucnkg.api;

import static org.iucnkg.api.Route.detail;
import static org.iucnkg.api.Route.grouped;
import static org.iucnkg.api.Route.list;
import static org.iucnkg.api.Route.part;

import java.util.List;
import java.util.stream.Stream;

/**
 * The route table of the REST API: each read path and the catalog queries (src/main/resources/queries)
 * that answer it. A new common question is one query file and one line here. The parts of a detail are
 * served as lists of their own too ({@link Route#partRoutes()}).
 */
final class Routes {
    static final String SOURCES = ApiPaths.SOURCES;
    static final String VALIDATION = "/api/validation";

    static final List<Route> ALL = List.of(
            list("/api/resolutions", "resolutions").answeredAheadFor("year", "instrument-years"),
            detail("/api/resolutions/{identifier}", "instrument", "resolution",
                    part("categories", "resolution-categories"),
                    part("reports", "resolution-reports"),
                    grouped("organisations", "resolution-organisations", "role"),
                    part("activities", "resolution-activities"),
                    part("events", "resolution-events"),
                    part("recognises", "resolution-recognises")),
            list("/api/organisations", "organisations").answeredAheadFor("country", "country-codes"),
            detail("/api/organisations/{id}", "organisation", "organisation",
                    part("resolutions", "organisation-resolutions"),
                    part("activities", "organisation-activities"),
                    part("collaborators", "organisation-collaborators"),
                    part("recognisedBy", "organisation-recognised-by"),
                    part("members", "organisation-members")),
            list("/api/countries", "countries"),
            detail("/api/countries/{iso2}", "country", "country",
                    part("organisations", "country-organisations"),
                    part("toolkitSteps", "country-toolkit-steps"),
                    part("events", "country-events")).answeredAheadFor("iso2", "country-codes"),
            list("/api/toolkit", "toolkit"),
            list("/api/events", "events").answeredAheadFor("year", "event-years"),
            list("/api/search", "search").orWithoutTextIndex("search-contains"),
            list(SOURCES, "sources"),
            detail(SOURCES + "/{id}", "source document", "source",
                    part("reports", "source-reports"),
                    part("warnings", "source-warnings")));

    private Routes() {}

    /** Every route served: each of {@link #ALL}, each detail followed by its parts' lists. */
    static List<Route> served() {
        return ALL.stream().flatMap(route -> Stream.concat(Stream.of(route), route.partRoutes().stream())).toList();
    }
}
