package org.iucnkg.query;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.iucnkg.model.Iris;

/**
 * One parameter of a query: the query variable {@code ?_name} (required) or {@code ?__name} (optional),
 * documented in the header. An {@code iri} with a {@code namespace} takes a key and means the resource
 * {@code id/<namespace>/<key>} (the key slugged unless {@code slug} is false), so clients write
 * {@code awf} or {@code WCC-2020-Res-040} rather than a whole IRI; a {@code country} takes an ISO code and
 * means the country's resource.
 */
public record QueryParam(String name, ParamType type, boolean required, String description, String example,
                         List<String> values, String namespace, boolean slug, Pattern pattern) {
    static final int MAX_LENGTH = 500;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern ISO2 = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

    public QueryParam {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** The query variable the value is bound to. */
    public String variable() {
        return (required ? "_" : "__") + name;
    }

    /** The form a value must have, for the API description: the type's own, or the header's {@code pattern}. */
    public Pattern lexical() {
        return switch (type) {
            case GYEAR -> YEAR;
            case INTEGER -> INTEGER;
            case COUNTRY -> ISO2;
            default -> pattern;
        };
    }

    /** The value as an RDF term, checked against the declared type. */
    Node toNode(String value, Iris iris) {
        if (value.isEmpty() || value.length() > MAX_LENGTH)
            throw bad("must be between 1 and " + MAX_LENGTH + " characters long");
        if (pattern != null && !pattern.matcher(value).matches()) throw bad("must match " + pattern.pattern() + hint());
        return switch (type) {
            case STRING -> NodeFactory.createLiteralString(value);
            case INTEGER -> typed(value, INTEGER, "must be a whole number", XSDDatatype.XSDinteger);
            case GYEAR -> typed(value, YEAR, "must be a year of four digits", XSDDatatype.XSDgYear);
            case ENUM -> oneOf(value);
            case IRI -> namespace == null ? absolute(value) : key(value, iris);
            case COUNTRY -> country(value, iris);
        };
    }

    private Node typed(String value, Pattern lexical, String rule, XSDDatatype datatype) {
        if (!lexical.matcher(value).matches()) throw bad(rule + hint());
        return NodeFactory.createLiteralDT(value, datatype);
    }

    private Node oneOf(String value) {
        if (!values.contains(value))
            throw new BadParameterException(name, name + " must be one of " + String.join(", ", values) + " (got '" + value + "')", values);
        return NodeFactory.createLiteralString(value);
    }

    /** An ISO 3166-1 alpha-2 code in either case means the country resource, whether the graph holds it or not. */
    private Node country(String value, Iris iris) {
        if (!ISO2.matcher(value).matches()) throw bad("must be an ISO 3166-1 alpha-2 code of two letters" + hint());
        return NodeFactory.createURI(iris.country(value).getURI());
    }

    private Node absolute(String value) {
        try {
            IRIx iri = IRIx.create(value);
            if (iri.isAbsolute()) return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            // reported below
        }
        throw bad("must be an absolute IRI" + hint());
    }

    private Node key(String value, Iris iris) {
        String key = slug ? slugOrNull(value) : (KEY.matcher(value).matches() ? value : null);
        if (key == null) throw bad("is not a valid key" + hint());
        return NodeFactory.createURI(iris.idBase() + namespace + "/" + key);
    }

    private static String slugOrNull(String value) {
        try {
            return Iris.slug(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String hint() {
        return example == null ? "" : " (e.g. " + example + ")";
    }

    private BadParameterException bad(String rule) {
        return new BadParameterException(name, name + " " + rule);
    }
}
