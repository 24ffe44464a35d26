package org.iucnkg.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one list page shows a named query of the catalog: its heading, its filters (the query's optional
 * parameters), and its columns.
 */
record ListPage(String path, String query, String heading, String intro, List<FilterField> filters, List<Column> columns) {

    /** A filter: the query parameter, its label, and a hint for a free-text value (choices come from the query). */
    record FilterField(String param, String label, String hint) {}

    /** A column: its heading, the record key it shows, and the key of the IRI it links to (null for none). */
    record Column(String heading, String key, String linkKey) {}

    static final List<ListPage> ALL = List.of(
            new ListPage("/resolutions", "resolutions", "Resolutions",
                    "IUCN World Conservation Congress resolutions, recommendations and decisions, and the resolutions of other bodies.",
                    List.of(new FilterField("year", "Congress or adoption year", "e.g. 2020"), new FilterField("type", "Type", null),
                            new FilterField("status", "Status reported", null), new FilterField("category", "Action category", null),
                            new FilterField("q", "Text in the identifier or title", null)),
                    List.of(new Column("Identifier", "identifier", "iri"), new Column("Title", "title|label", null),
                            new Column("Year", "year", null), new Column("Reports", "reports", null),
                            new Column("Organisations", "organisations", null), new Column("Statuses", "statuses", null))),
            new ListPage("/organisations", "organisations", "Organisations",
                    "Organisations, bodies, agencies, networks and commissions, with the number of resolutions they work on.",
                    List.of(new FilterField("country", "Country (ISO code)", "e.g. KE"), new FilterField("role", "Role in a report", null),
                            new FilterField("q", "Name or acronym", null)),
                    List.of(new Column("Organisation", "label", "iri"), new Column("Acronyms", "acronyms", null),
                            new Column("Country", "country", null), new Column("Resolutions", "resolutions", null))),
            new ListPage("/events", "events", "Events",
                    "Meetings, conferences, workshops and side events named in the reports, by date.",
                    List.of(new FilterField("year", "Year", "e.g. 2019"), new FilterField("country", "Country (ISO code)", "e.g. KE"),
                            new FilterField("q", "Text in the name", null)),
                    List.of(new Column("Event", "label", "iri"), new Column("Starts", "startDate", null),
                            new Column("Place", "place", null), new Column("Country", "countryLabel", null),
                            new Column("Part of", "superEventLabel", "superEvent"))),
            new ListPage("/countries", "countries", "Countries",
                    "Countries and territories, with the organisations based there, the events held there and their ICCWC toolkit steps.",
                    List.of(new FilterField("q", "Text in the name", null)),
                    List.of(new Column("Country", "label", "iri"), new Column("Code", "code", null),
                            new Column("Organisations", "organisations", null), new Column("Events", "events", null),
                            new Column("Toolkit steps", "completedSteps", null))));

    /** The cell text of a column in a record: the first present of "a|b" keys, lists joined, absent values empty. */
    static String cell(Map<String, Object> record, String keys) {
        Object value = Arrays.stream(keys.split("\\|")).map(record::get).filter(Objects::nonNull).findFirst().orElse(null);
        if (value == null) return "";
        return value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
    }
}
