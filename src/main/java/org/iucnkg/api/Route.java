package org.iucnkg.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One read route of the REST API: a list answered by one catalog query (a table, paged when the query's
 * header says so), or a detail whose main query gives one resource and whose parts add named lists. Each
 * part is also a paged list of its own at {@code {detail path}/{field}} ({@link #partRoutes()}), whose
 * {@code partOf} is the detail. {@code withoutTextIndex} names the query to use when the store has no text index.
 * {@code ahead}, when not null, says which answers the service computes before they are asked ({@link AnswersAhead}).
 */
record Route(String path, String query, String noun, List<Part> parts, String withoutTextIndex, Route partOf, Ahead ahead) {
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    /**
     * A named list inside a detail; with {@code groupBy}, one list per value of that column, under the
     * group's name. The groups are the values the query's enumerated parameter of the same name takes.
     */
    record Part(String field, String query, String groupBy) {
        boolean isGrouped() {
            return groupBy != null;
        }
    }

    /**
     * The first page of the route for every value of its parameter {@code param} that the catalog query
     * {@code valuesQuery} gives in its column {@code value}: a parameter with few values (a year, a country)
     * whose answers grow with the data.
     */
    record Ahead(String param, String valuesQuery) {}

    static Route list(String path, String query) {
        return new Route(path, query, null, List.of(), null, null, null);
    }

    static Route detail(String path, String noun, String query, Part... parts) {
        return new Route(path, query, noun, List.of(parts), null, null, null);
    }

    static Part part(String field, String query) {
        return new Part(field, query, null);
    }

    static Part grouped(String field, String query, String groupBy) {
        return new Part(field, query, groupBy);
    }

    Route orWithoutTextIndex(String fallbackQuery) {
        return new Route(path, query, noun, parts, fallbackQuery, partOf, ahead);
    }

    /** The route answered ahead for every value of {@code param} that {@code valuesQuery} gives ({@link Ahead}). */
    Route answeredAheadFor(String param, String valuesQuery) {
        return new Route(path, query, noun, parts, withoutTextIndex, partOf, new Ahead(param, valuesQuery));
    }

    boolean isDetail() {
        return noun != null;
    }

    boolean isPart() {
        return partOf != null;
    }

    /** The list route of each part, at {@code {path}/{field}}. */
    List<Route> partRoutes() {
        return parts.stream().map(part -> new Route(partPath(part), part.query(), null, List.of(), null, this, null)).toList();
    }

    String partPath(Part part) {
        return path + "/" + part.field();
    }

    /** The names of the {variables} in the path. */
    List<String> pathVariables() {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_VARIABLE.matcher(path);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** Every query the route runs. */
    List<String> queries() {
        List<String> names = new ArrayList<>(List.of(query));
        parts.forEach(p -> names.add(p.query()));
        if (withoutTextIndex != null) names.add(withoutTextIndex);
        return names;
    }
}
