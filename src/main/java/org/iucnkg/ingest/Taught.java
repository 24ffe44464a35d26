package org.iucnkg.ingest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;

/**
 * The organisations refused drafts told the resolver about, and nobody else did: names, acronyms,
 * countries or being an organisation at all (the resolver reads nothing else of what it knows). It
 * changes a document's graph through an organisation only by matching it (the graph then names it)
 * or by giving a new organisation the next free IRI ({@code …/org/x-2} when {@code …/org/x} is taken);
 * a graph that names neither was resolved as it would have been without them.
 */
final class Taught {
    private static final Pattern NUMBERED = Pattern.compile("-\\d+$");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ORGANIZATION = ORG.Organization.asNode();

    private final Set<Node> organisations = new HashSet<>();

    /** What the refused {@code change} alone taught, {@code known} no longer holding it. */
    void add(KnownOrganisations.Change change, Graph known) {
        for (Triple t : change.after()) {
            boolean read = !t.getPredicate().equals(TYPE) || t.getObject().equals(ORGANIZATION);
            if (read && !known.contains(t)) organisations.add(t.getSubject());
        }
    }

    /** Whether the graph names one of them, or holds a numbered IRI next to one of theirs. */
    boolean reachedBy(Graph graph) {
        if (organisations.isEmpty()) return false;
        return graph.find().filterKeep(t -> names(t.getSubject()) || names(t.getObject())).hasNext();
    }

    private boolean names(Node node) {
        if (organisations.contains(node)) return true;
        return node.isURI() && organisations.contains(NodeFactory.createURI(NUMBERED.matcher(node.getURI()).replaceFirst("")));
    }
}
