package org.iucnkg.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests against the running service, anonymous or with Basic credentials. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;

    public Http(int port) {
        this("http://localhost:" + port, null);
    }

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same client sending Basic credentials with every request. */
    public Http as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(base, "Basic " + token);
    }

    public String url(String pathAndQuery) {
        return base + pathAndQuery;
    }

    public HttpResponse<String> get(String pathAndQuery, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).header("Accept", accept).GET());
    }

    /** A request with a body; {@code headers} are name, value pairs. */
    public HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) request.header("Content-Type", contentType);
        if (headers.length > 0) request.headers(headers);
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (authorization != null) request.header("Authorization", authorization);
        try {
            return CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A SPARQL query by GET, answered in {@code accept}. */
    public HttpResponse<String> query(String sparql, String accept) {
        return get("/sparql?query=" + URLs.encode(sparql), accept);
    }

    /** A SPARQL Update by direct POST. */
    public HttpResponse<String> update(String sparql, String... headers) {
        return send("POST", "/update", "application/sparql-update", sparql, headers);
    }
}
