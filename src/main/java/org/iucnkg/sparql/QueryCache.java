package org.iucnkg.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.iucnkg.store.CacheProperties;
import org.iucnkg.store.KgStore;
import org.iucnkg.store.ResultCache;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers of the query service kept per store version (see {@link ResultCache}): the key is the query
 * text, the other protocol parameters, the Accept header and whether the client is signed in (the row cap
 * differs). Only successful answers of queries are kept, never one that took nearly the timeout (it may be
 * cut short). The {@value #HEADER} header says whether the answer came from the cache.
 */
final class QueryCache implements Filter {
    static final String HEADER = "X-Cache";

    /** What identifies an answer. */
    private record Asked(String query, Map<String, List<String>> parameters, String accept, boolean signedIn) {}

    private final ResultCache<Asked, CachedAnswer> answers;
    private final long slowNanos;

    QueryCache(ResultCache<Asked, CachedAnswer> answers, Duration timeout) {
        this.answers = answers;
        this.slowNanos = timeout.toNanos() * 9 / 10;
    }

    static QueryCache create(KgStore store, CacheProperties settings, Duration timeout) {
        return new QueryCache(ResultCache.create(store, settings, CachedAnswer::bytes), timeout);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean get = "GET".equals(request.getMethod());
        if (!answers.enabled() || !(get || "POST".equals(request.getMethod()))) {
            chain.doFilter(req, res);
            return;
        }
        boolean directBody = !get && contentType(request).equals(WebContent.contentTypeSPARQLQuery);
        String query;
        if (directBody) {
            byte[] body = request.getInputStream().readAllBytes(); // within kg.sparql.max-body-size, checked before
            request = new BodySizeLimit.ReadBody(request, body);
            query = new String(body, StandardCharsets.UTF_8);
        } else {
            query = request.getParameter(HttpNames.paramQuery);
        }
        String[] queries = request.getParameterValues(HttpNames.paramQuery);
        if (query == null || (queries != null && queries.length != (directBody ? 0 : 1))) {
            chain.doFilter(request, res); // the service description, or a request Fuseki will refuse
            return;
        }
        Asked asked = new Asked(query.strip(), parameters(request), request.getHeader("Accept"), request.getRemoteUser() != null);
        long version = answers.currentVersion();
        var kept = answers.find(asked);
        if (kept.isPresent()) {
            send(kept.get(), response);
            return;
        }
        response.setHeader(HEADER, "miss");
        TeeResponse tee = new TeeResponse(response, answers.maxEntryBytes());
        long started = System.nanoTime();
        chain.doFilter(request, tee);
        tee.flushBuffer();
        if (tee.getStatus() == HttpServletResponse.SC_OK && System.nanoTime() - started < slowNanos)
            tee.answer().ifPresent(answer -> answers.put(version, asked, answer));
    }

    private static String contentType(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Every parameter but the query (the dataset description, the output format) in a stable order. */
    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(HttpNames.paramQuery)) parameters.put(name, List.of(values));
        });
        return parameters;
    }

    private static void send(CachedAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(HEADER, "hit");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
