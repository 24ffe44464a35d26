package org.iucnkg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.ParseErrorCollector;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.iucnkg.ingest.Bundled;

/**
 * The shapes a validator checks against, parsed once and never changed afterwards (so validations
 * may share it): their statements, the {@code sh:message} of each shape, and the prefixes of the
 * shapes files for readable names ({@code ikg:country} rather than the full IRI).
 */
final class ShapeSet {
    private final List<Statement> statements;
    private final Map<Resource, String> messages;
    private final PrefixMapping prefixes;

    private ShapeSet(List<Statement> statements, Map<Resource, String> messages, PrefixMapping prefixes) {
        this.statements = List.copyOf(statements);
        this.messages = Map.copyOf(messages);
        this.prefixes = prefixes.lock();
    }

    static ShapeSet parse(List<Bundled.File> files) {
        if (files.isEmpty()) throw new IllegalStateException("no SHACL shapes files given (expected shapes/*.ttl, bundled as kg/shapes/*.ttl)");
        List<Statement> statements = new ArrayList<>();
        Map<Resource, String> messages = new HashMap<>();
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        for (Bundled.File file : files) {
            Model model = parse(file);
            statements.addAll(model);
            model.filter(null, SHACL.MESSAGE, null).forEach(s -> messages.putIfAbsent(s.getSubject(), s.getObject().stringValue()));
            for (Namespace ns : model.getNamespaces()) prefixes.setNsPrefix(ns.getPrefix(), ns.getName());
        }
        return new ShapeSet(statements, messages, prefixes);
    }

    private static Model parse(Bundled.File file) {
        Model model = new LinkedHashModel();
        RDFParser parser = Rio.createParser(RDFFormat.TURTLE);
        parser.setRDFHandler(new StatementCollector(model));
        parser.setParseErrorListener(new ParseErrorCollector()); // the exception says it; no log line
        try (InputStream in = file.open()) {
            parser.parse(in, "");
            return model;
        } catch (RDFParseException e) {
            throw new IllegalArgumentException("shapes file " + file.name() + " is not valid Turtle: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shapes file " + file.name(), e);
        }
    }

    List<Statement> statements() { return statements; }

    /** The shape's own {@code sh:message}, or null when it has none. */
    String messageOf(Resource shape) { return messages.get(shape); }

    /** {@code ikg:country} for an IRI in a namespace the shapes files name, the full IRI otherwise. */
    String shortForm(IRI iri) { return prefixes.shortForm(iri.stringValue()); }

    Map<String, String> prefixes() { return prefixes.getNsPrefixMap(); }
}
