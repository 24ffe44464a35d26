package org.iucnkg.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.iucnkg.query.Page;
import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryParam;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A detail route: one JSON object, the row of the main query plus the first page of each part (a list,
 * or for a grouped part one list per group) and, under {@code parts}, how many rows each part has in all
 * and where its own list route and next page are ({@link PartPages}). No row means the resource does not
 * exist: 404. Documented in OpenAPI from the catalog, not from this class.
 */
@Hidden
final class DetailEndpoint {
    private final Route route;
    private final Described described;
    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final KgStore store;
    private final int partSize;
    private final Executor partsExecutor;

    DetailEndpoint(Route route, Described described, QueryCatalog catalog, QueryRunner runner, KgStore store, int partSize, Executor partsExecutor) {
        this.route = route;
        this.described = described;
        this.catalog = catalog;
        this.runner = runner;
        this.store = store;
        this.partSize = partSize;
        this.partsExecutor = partsExecutor;
        route.parts().stream().filter(Route.Part::isGrouped).forEach(this::groups); // a wrong declaration fails at start
    }

    public ResponseEntity<Object> get(@PathVariable Map<String, String> path, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request, WebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        Format format = Format.choose(RequestArgs.single(params, Format.PARAMETER), accept, Format.OBJECT);
        Map<String, String> args = RequestArgs.of(path, params);
        if (web.checkNotModified(Answers.etag(store, format))) return null;
        // a resource with two values where the model expects one shows the first
        Map<String, Object> body = new LinkedHashMap<>(described.find(runner, path, args).get(0));
        Map<String, Object> parts = new LinkedHashMap<>();
        Iterator<Page> firstPages = firstPages(args).iterator();
        for (Route.Part part : route.parts()) {
            UriComponentsBuilder list = ServletUriComponentsBuilder.fromRequestUri(request).path("/" + part.field());
            if (part.isGrouped()) {
                Map<String, Object> groups = new LinkedHashMap<>();
                Map<String, Object> groupPages = new LinkedHashMap<>();
                long total = 0;
                for (String group : groups(part)) {
                    Page first = firstPages.next();
                    groups.put(group, first.rows().records().stream().map(record -> without(record, part.groupBy())).toList());
                    groupPages.put(group, PartPages.of(first, list.cloneBuilder().queryParam(part.groupBy(), group)));
                    total += first.total();
                }
                body.put(part.field(), groups);
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("total", total);
                summary.put("href", list.build(true).toUriString());
                summary.put("groups", groupPages);
                parts.put(part.field(), summary);
            } else {
                Page first = firstPages.next();
                body.put(part.field(), values(first.rows()));
                parts.put(part.field(), PartPages.of(first, list));
            }
        }
        body.put(PartPages.FIELD, parts);
        return Answers.ok(format).body(body);
    }

    /**
     * Computes what a request for {@code args} reads (the main row and the first page of each part), so that
     * the result cache keeps it; a resource that does not exist is not found, as for a request.
     */
    void answerAhead(Map<String, String> args) {
        described.find(runner, args, args);
        firstPages(args);
    }

    /**
     * The first page of each part, and of each group of a grouped part, in their order. They are computed
     * side by side: a detail of a much-reported resolution gathers thousands of reports' rows in each part.
     */
    private List<Page> firstPages(Map<String, String> args) {
        List<CompletableFuture<Page>> pages = new ArrayList<>();
        for (Route.Part part : route.parts()) {
            if (part.isGrouped()) {
                for (String group : groups(part)) pages.add(CompletableFuture.supplyAsync(() -> firstPage(part, inGroup(args, part, group)), partsExecutor));
            } else {
                pages.add(CompletableFuture.supplyAsync(() -> firstPage(part, args), partsExecutor));
            }
        }
        return pages.stream().map(DetailEndpoint::await).toList();
    }

    /** The page, or what stopped it (a timeout, a bad parameter) as it was thrown. */
    private static Page await(CompletableFuture<Page> page) {
        try {
            return page.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    /** The values of the part's enumerated parameter named by its group column. */
    private List<String> groups(Route.Part part) {
        QueryParam param = catalog.get(part.query()).param(part.groupBy());
        if (param == null || param.values().isEmpty())
            throw new IllegalStateException(part.query() + ".rq needs an enumerated parameter " + part.groupBy() + " to group " + part.field());
        return param.values();
    }

    private static Map<String, String> inGroup(Map<String, String> args, Route.Part part, String group) {
        Map<String, String> groupArgs = new HashMap<>(args);
        groupArgs.put(part.groupBy(), group);
        return groupArgs;
    }

    private Page firstPage(Route.Part part, Map<String, String> args) {
        return runner.page(catalog.get(part.query()), args, 1, partSize);
    }

    /** The rows as objects; the values themselves when there is one column. */
    private static List<?> values(Rows rows) {
        List<Map<String, Object>> records = rows.records();
        if (rows.vars().size() != 1) return records;
        return records.stream().map(record -> record.values().stream().findFirst().orElse(null)).toList();
    }

    /** The record without its group column, which the group's name already says. */
    private static Map<String, Object> without(Map<String, Object> record, String column) {
        Map<String, Object> rest = new LinkedHashMap<>(record);
        rest.remove(column);
        return rest;
    }
}
