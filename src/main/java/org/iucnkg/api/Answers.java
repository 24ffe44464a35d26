package org.iucnkg.api;

import java.nio.charset.StandardCharsets;

import org.iucnkg.store.KgStore;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What every read answer of the API shares: its ETag, tied to the store's version, and its caching headers. */
final class Answers {
    private Answers() {}

    /** Changes with every write to the store, and differs between the representations of one resource. */
    static String etag(KgStore store, Format format) {
        return "\"" + store.version() + "-" + format.parameterValue() + "\"";
    }

    /** 200 in {@code format}, to be revalidated (with the ETag) before reuse. */
    static ResponseEntity.BodyBuilder ok(Format format) {
        return ResponseEntity.ok()
                .contentType(new MediaType(format.mediaType(), StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}
