package org.iucnkg.linkeddata;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request path split into the document's path and the format suffix it ends with, if it ends with
 * one: {@code /id/org/awf.ttl} is {@code /id/org/awf} in Turtle. Paths are as sent (still percent-encoded)
 * and without the servlet context path.
 */
record DocumentPath(String path, String suffix) {

    /** A link to the document in one format. */
    record Download(String name, String href, String mediaType) {}

    static DocumentPath of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/') + 1 && Format.bySuffix(path.substring(dot + 1)).isPresent())
            return new DocumentPath(path.substring(0, dot), path.substring(dot + 1));
        return new DocumentPath(path, null);
    }

    /** The path of this document in another format. */
    String in(Format format) {
        return path + "." + format.suffix();
    }

    /** The links to the document in each RDF format. */
    List<Download> downloads() {
        return Format.rdf().stream().map(f -> new Download(f.label(), in(f), f.mediaType().toString())).toList();
    }
}
