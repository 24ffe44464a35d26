package org.iucnkg.api;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
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

    /** The model in Turtle, for problems and reports that carry RDF. */
    static String turtle(Model model) {
        StringWriter text = new StringWriter();
        RDFDataMgr.write(text, model, Lang.TURTLE);
        return text.toString();
    }

    /** 200 in {@code format}, to be revalidated (with the ETag) before reuse. */
    static ResponseEntity.BodyBuilder ok(Format format) {
        return ResponseEntity.ok()
                .contentType(new MediaType(format.mediaType(), StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}
