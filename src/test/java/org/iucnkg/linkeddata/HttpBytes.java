package org.iucnkg.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.iucnkg.testing.Http;

/** A GET whose answer is bytes (a gzipped dump), or that needs headers besides Accept (If-None-Match, Origin). */
final class HttpBytes {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private HttpBytes() {}

    /** {@code headers} are name, value pairs. */
    static HttpResponse<byte[]> get(Http http, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path))).GET();
        if (headers.length > 0) request.headers(headers);
        try {
            return CLIENT.send(request.build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
