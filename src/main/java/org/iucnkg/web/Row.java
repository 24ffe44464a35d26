package org.iucnkg.web;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** One result row, read by variable name; absent values read as null (or 0 / false). */
record Row(Binding binding) {

    Node node(String var) {
        return binding.get(var);
    }

    /** A literal's lexical form or an IRI's text. */
    String text(String var) {
        Node node = node(var);
        if (node == null) return null;
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.toString();
    }

    int integer(String var) {
        String text = text(var);
        return text == null ? 0 : Integer.parseInt(text);
    }

    boolean bool(String var) {
        return Boolean.parseBoolean(text(var));
    }
}
