package org.iucnkg.validate;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * Converts terms between Jena and RDF4J directly, without writing text. Blank nodes of the data
 * keep their label behind a prefix, so they never meet the blank nodes of the shapes in the store
 * and come back from a validation report as the same Jena blank nodes.
 */
final class Rdf4jValues {
    private static final String DATA_BNODE = "jena-";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private Rdf4jValues() {}

    static Statement statement(Triple t) {
        return VF.createStatement(resource(t.getSubject()), (IRI) value(t.getPredicate()), value(t.getObject()));
    }

    static Value value(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return VF.createBNode(DATA_BNODE + n.getBlankNodeLabel());
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot validate this kind of RDF term (only IRIs, blank nodes and literals): " + n);
    }

    static Node node(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode(dataLabel(b));
        if (v instanceof Literal l) {
            if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
            return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
        }
        throw new IllegalArgumentException("unexpected RDF term in a validation report: " + v);
    }

    /** The label a blank node has in the data (without the store prefix), or its own id. */
    static String dataLabel(BNode b) {
        String id = b.getID();
        return id.startsWith(DATA_BNODE) ? id.substring(DATA_BNODE.length()) : id;
    }

    private static Resource resource(Node n) {
        Value v = value(n);
        if (v instanceof Resource r) return r;
        throw new IllegalArgumentException("a literal cannot be the subject of a triple: " + n);
    }
}
