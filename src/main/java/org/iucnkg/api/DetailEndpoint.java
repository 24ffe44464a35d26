package org.iucnkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryRunner;
import org.iucnkg.query.Rows;
import org.iucnkg.store.KgStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * A detail route: one JSON object, the row of the main query plus one list per part. No row means the
 * resource does not exist: 404. Documented in OpenAPI from the catalog, not from this class.
 */
@Hidden
final class DetailEndpoint {
    private final Route route;
    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final KgStore store;

    DetailEndpoint(Route route, QueryCatalog catalog, QueryRunner runner, KgStore store) {
        this.route = route;
        this.catalog = catalog;
        this.runner = runner;
        this.store = store;
    }

    public ResponseEntity<Object> get(@PathVariable Map<String, String> path, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, WebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        Format format = Format.choose(RequestArgs.single(params, Format.PARAMETER), accept, Format.OBJECT);
        Map<String, String> args = RequestArgs.of(path, params);
        if (web.checkNotModified(Answers.etag(store, format))) return null;
        List<Map<String, Object>> main = runner.all(catalog.get(route.query()), args).records();
        if (main.isEmpty()) throw new NotFoundException("There is no " + route.noun() + " " + String.join(" ", path.values()) + ".");
        // a resource with two values where the model expects one shows the first
        Map<String, Object> body = new LinkedHashMap<>(main.get(0));
        for (Route.Part part : route.parts()) {
            Rows rows = runner.all(catalog.get(part.query()), args);
            body.put(part.field(), part.groupBy() == null ? values(rows) : grouped(rows.records(), part));
        }
        return Answers.ok(format).body(body);
    }

    /** The rows as objects; the values themselves when there is one column. */
    private static List<?> values(Rows rows) {
        List<Map<String, Object>> records = rows.records();
        if (rows.vars().size() != 1) return records;
        return records.stream().map(record -> record.values().stream().findFirst().orElse(null)).toList();
    }

    /** The rows split by the value of the part's group column (which each row then leaves out), every group present. */
    private static Map<String, List<Map<String, Object>>> grouped(List<Map<String, Object>> records, Route.Part part) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        part.groups().forEach(group -> groups.put(group, new ArrayList<>()));
        for (Map<String, Object> record : records) {
            Map<String, Object> rest = new LinkedHashMap<>(record);
            String group = String.valueOf(rest.remove(part.groupBy()));
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(rest);
        }
        return groups;
    }
}
