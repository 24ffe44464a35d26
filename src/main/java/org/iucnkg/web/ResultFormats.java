package org.iucnkg.web;

import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/** The answer formats of the SPARQL endpoint, as download links: its {@code format} value and a file name. */
final class ResultFormats {
    /** One download: what people call the format, the endpoint's {@code format} value, the file name offered. */
    public record Format(String label, String value, String fileName) {}

    /** SELECT and ASK answers. */
    static final List<Format> RESULTS = List.of(
            new Format("JSON", "json", "results.srj"),
            new Format("XML", "xml", "results.srx"),
            new Format("CSV", "csv", "results.csv"),
            new Format("TSV", "tsv", "results.tsv"));

    /** CONSTRUCT and DESCRIBE answers. */
    static final List<Format> GRAPHS = List.of(
            new Format("Turtle", "text/turtle", "results.ttl"),
            new Format("N-Triples", "application/n-triples", "results.nt"),
            new Format("JSON-LD", "application/ld+json", "results.jsonld"),
            new Format("RDF/XML", "application/rdf+xml", "results.rdf"),
            new Format("TriG", "application/trig", "results.trig"),
            new Format("N-Quads", "application/n-quads", "results.nq"));

    private ResultFormats() {}

    /** The formats a query's answer comes in; empty when the text is no valid query. */
    static Optional<List<Format>> forQuery(String text) {
        try {
            Query query = QueryFactory.create(text);
            return Optional.of(query.isConstructType() || query.isDescribeType() ? GRAPHS : RESULTS);
        } catch (QueryParseException e) {
            return Optional.empty();
        }
    }
}
