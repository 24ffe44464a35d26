package org.iucnkg.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.springframework.http.MediaType;

/**
 * A representation the linked-data routes answer with: an HTML page, or the resource's RDF in one of
 * four RIOT syntaxes. Media types, suffixes and names come from Jena's {@link RDFLanguages}.
 */
enum Format {
    HTML(null, null),
    TURTLE(Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD(Lang.JSONLD, RDFFormat.JSONLD_PRETTY),
    RDFXML(Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
    NTRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES);

    private final Lang lang;
    private final RDFFormat writer;

    Format(Lang lang, RDFFormat writer) {
        this.lang = lang;
        this.writer = writer;
    }

    boolean isRdf() { return lang != null; }

    /** The RIOT writer format (pretty where the syntax has it); null for HTML. */
    RDFFormat writer() { return writer; }

    /** The name people know the format by: HTML, Turtle, JSON-LD, RDF/XML, N-Triples. */
    String label() { return lang == null ? "HTML" : lang.getLabel(); }

    /** The suffix of the download URL: {@code html}, {@code ttl}, {@code jsonld}, {@code rdf}, {@code nt}. */
    String suffix() { return lang == null ? "html" : lang.getFileExtensions().get(0); }

    /**
     * The media type that asks for this format and that it is sent with: Jena's registered type. Aliases
     * ({@code text/plain} for N-Triples) are not offered, so a client always gets the type it accepted.
     */
    MediaType mediaType() {
        return lang == null ? MediaType.TEXT_HTML : MediaType.parseMediaType(lang.getContentType().getContentTypeStr());
    }

    /** The format a URL suffix names ({@code ttl}, {@code rdf}, {@code owl}, ...), if it is one of these. */
    static Optional<Format> bySuffix(String suffix) {
        String lower = suffix.toLowerCase(Locale.ROOT);
        if (lower.equals("html")) return Optional.of(HTML);
        return ofLang(RDFLanguages.fileExtToLang(lower));
    }

    /** The format a {@code format} parameter names: a suffix or one of Jena's language names ({@code turtle}, {@code json-ld}). */
    static Optional<Format> byName(String name) {
        return bySuffix(name).or(() -> ofLang(RDFLanguages.shortnameToLang(name.toLowerCase(Locale.ROOT))));
    }

    static List<Format> rdf() {
        return Arrays.stream(values()).filter(Format::isRdf).toList();
    }

    /** The accepted names, for error messages. */
    static String names() {
        return String.join(", ", Arrays.stream(values()).map(Format::suffix).toList());
    }

    private static Optional<Format> ofLang(Lang lang) {
        return Arrays.stream(values()).filter(f -> f.lang != null && f.lang.equals(lang)).findFirst();
    }
}
