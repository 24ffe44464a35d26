package org.iucnkg.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The HTTP side shared by the negotiated documents (entities, the ontology, VoID): the format, the
 * headers naming the other formats' URLs, conditional GET on the store version, RDF written by RIOT.
 */
final class Representations {
    private Representations() {}

    /**
     * Chooses the format of the document and sets its headers: {@code Link} to each format's URL and,
     * when the format was negotiated rather than named, {@code Vary: Accept} and {@code Content-Location}.
     * Empty when the request is answered already: 406 (nothing acceptable) or 304 (the client's copy,
     * of this store version and format, is current).
     */
    static Optional<Format> negotiate(HttpServletRequest request, HttpServletResponse response, DocumentPath document, long version)
            throws IOException {
        String format = request.getParameter("format");
        Optional<Format> chosen = Negotiation.choose(document.suffix(), format, request.getHeader(HttpHeaders.ACCEPT));
        boolean negotiated = document.suffix() == null && format == null;
        if (negotiated) response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (chosen.isEmpty()) {
            notAcceptable(response);
            return Optional.empty();
        }
        String base = request.getContextPath();
        response.addHeader(HttpHeaders.LINK, Arrays.stream(Format.values())
                .map(f -> "<" + base + document.in(f) + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"")
                .collect(Collectors.joining(", ")));
        if (negotiated) response.setHeader(HttpHeaders.CONTENT_LOCATION, base + document.in(chosen.get()));
        // Caches may keep the answer but must ask again: the ETag says whether the graph changed.
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePublic().getHeaderValue());
        if (new ServletWebRequest(request, response).checkNotModified(version + "-" + chosen.get().suffix())) return Optional.empty();
        return chosen;
    }

    /** Writes the graph in the RDF format, with the graph's prefixes (Turtle prefixes, JSON-LD context, XML namespaces). */
    static void write(HttpServletResponse response, Graph graph, Format format) throws IOException {
        response.setContentType(format.mediaType().toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = response.getOutputStream()) {
            RDFWriter.source(graph).format(format.writer()).output(out);
        }
    }

    /** The graph as text in the RDF format (for a page that embeds it). */
    static String text(Graph graph, Format format) {
        return RDFWriter.source(graph).format(format.writer()).asString();
    }

    /** A plain-text answer that says what went wrong. */
    static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message + "\n");
    }

    private static void notAcceptable(HttpServletResponse response) throws IOException {
        error(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the formats on offer is acceptable. Ask with Accept for one of "
                + Arrays.stream(Format.values()).map(f -> f.mediaType().toString()).collect(Collectors.joining(", "))
                + ", or name one with a suffix or ?format= (" + Format.names() + ").");
    }
}
