package org.iucnkg.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.model.Prefixes;

/**
 * How nodes show on the pages: a label or a short name, a link that stays on this service where it
 * can ({@code /id/...} for the graph's resources, {@code /ontology#Term} for the ontology's terms),
 * and for a literal its datatype or language.
 */
final class Terms {
    /** A node as a page shows it; {@code href} and {@code iri} are null for a literal. */
    record Value(String text, String href, String iri, String datatype, String language) {
        public boolean literal() { return iri == null; }
    }

    static final Comparator<Value> BY_TEXT = Comparator.comparing(Value::text, String.CASE_INSENSITIVE_ORDER);
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), IKG.acronym.asNode());
    private static final String ONTOLOGY = IKG.NS.substring(0, IKG.NS.length() - 1);

    private final Iris iris;
    private final PrefixMapping prefixes;

    Terms(Iris iris) {
        this.iris = iris;
        this.prefixes = Prefixes.mapping(iris);
    }

    PrefixMapping prefixes() { return prefixes; }

    /** The node with its label from {@code labels} if that graph has one. */
    Value value(Node node, Graph labels) {
        if (node.isLiteral()) {
            String datatype = node.getLiteralDatatypeURI();
            boolean plain = !node.getLiteralLanguage().isEmpty() || XSD.xstring.getURI().equals(datatype);
            return new Value(node.getLiteralLexicalForm(), null, null, plain ? null : shortName(datatype),
                    node.getLiteralLanguage().isEmpty() ? null : node.getLiteralLanguage());
        }
        String iri = node.isURI() ? node.getURI() : "_:" + node.getBlankNodeLabel();
        String text = label(labels, node).orElseGet(() -> shortName(iri));
        return new Value(text, node.isURI() ? href(iri) : null, iri, null, null);
    }

    /** An IRI under its short name, linked. */
    Value value(String iri) {
        return new Value(shortName(iri), href(iri), iri, null, null);
    }

    /**
     * Where a link to this IRI goes: a page of this service when it has one, otherwise the IRI itself if
     * it is a web address (an IRI from the data is never a {@code javascript:} link); null for no link.
     */
    String href(String iri) {
        if (iri.startsWith(iris.idBase())) return LinkedDataRoutes.ID + iri.substring(iris.idBase().length());
        if (iri.startsWith(IKG.NS)) return LinkedDataRoutes.ONTOLOGY + "#" + iri.substring(IKG.NS.length());
        if (iri.equals(ONTOLOGY)) return LinkedDataRoutes.ONTOLOGY;
        return iri.startsWith("https://") || iri.startsWith("http://") ? iri : null;
    }

    /** {@code ikg:worksOn} for a known namespace, the IRI otherwise. */
    String shortName(String iri) {
        return prefixes.shortForm(iri);
    }

    /** The first of rdfs:label, skos:prefLabel, ikg:acronym the graph gives the node (untagged or English first). */
    static Optional<String> label(Graph graph, Node node) {
        for (Node property : LABELS) {
            Optional<Node> label = graph.find(node, property, Node.ANY).mapWith(t -> t.getObject())
                    .filterKeep(Node::isLiteral).toList().stream()
                    .min(Comparator.comparing((Node l) -> !l.getLiteralLanguage().isEmpty() && !l.getLiteralLanguage().startsWith("en"))
                            .thenComparing(Node::getLiteralLexicalForm));
            if (label.isPresent()) return label.map(Node::getLiteralLexicalForm);
        }
        return Optional.empty();
    }
}
