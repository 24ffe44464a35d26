package org.iucnkg.api;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.iucnkg.query.Page;
import org.iucnkg.query.QueryFile;
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
import jakarta.servlet.http.HttpServletRequest;

/**
 * A list route: the rows of one query as JSON ({@code total}, {@code page}, {@code size}, {@code pages},
 * {@code items}) or CSV, a page at a time when the query is paged, with {@code Link} and
 * {@code X-Total-Count} headers. A part of a detail ({@code partOf} not null) answers 404 when it is empty
 * because the resource does not exist. Documented in OpenAPI from the catalog, not from this class.
 */
@Hidden
final class ListEndpoint {
    private final QueryFile query;
    private final int pageSize;
    private final Described partOf;
    private final QueryRunner runner;
    private final KgStore store;

    /** {@code pageSize} is the default size of a page; 0 for a query answered in one piece. */
    ListEndpoint(QueryFile query, int pageSize, Described partOf, QueryRunner runner, KgStore store) {
        this.query = query;
        this.pageSize = pageSize;
        this.partOf = partOf;
        this.runner = runner;
        this.store = store;
    }

    public ResponseEntity<Object> get(@PathVariable Map<String, String> path, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request, WebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        Format format = Format.choose(RequestArgs.single(params, Format.PARAMETER), accept, Format.TABLE);
        Map<String, String> args = RequestArgs.of(path, params);
        if (web.checkNotModified(Answers.etag(store, format))) return null;
        Map<String, Object> body = new LinkedHashMap<>();
        ResponseEntity.BodyBuilder response = Answers.ok(format);
        Rows rows;
        if (pageSize > 0) {
            int page = RequestArgs.number(params, PageLinks.PAGE, 1, Integer.MAX_VALUE);
            int size = RequestArgs.number(params, PageLinks.SIZE, pageSize, RequestArgs.MAX_PAGE_SIZE);
            Page answer = runner.page(query, args, page, size);
            if (answer.total() == 0 && partOf != null) partOf.find(runner, path, path);
            rows = answer.rows();
            body.put("total", answer.total());
            body.put("page", answer.page());
            body.put("size", answer.size());
            body.put("pages", answer.lastPage());
            response.header(ApiPaths.TOTAL_COUNT_HEADER, Long.toString(answer.total())).header(HttpHeaders.LINK, PageLinks.of(request, answer));
        } else {
            rows = runner.all(query, args);
            body.put("total", rows.size());
            response.header(ApiPaths.TOTAL_COUNT_HEADER, Integer.toString(rows.size()));
        }
        if (format == Format.CSV) return response.body(csv(rows));
        body.put("items", rows.records());
        return response.body(body);
    }

    /** Computes what a request for {@code args} without page or size reads, so that the result cache keeps it. */
    void answerAhead(Map<String, String> args) {
        if (pageSize > 0) runner.page(query, args, 1, pageSize);
        else runner.all(query, args);
    }

    private static byte[] csv(Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, rows.rowSet());
        return out.toByteArray();
    }
}
