package org.iucnkg.ingest.resolve;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The resolver's index of the reference data and of what the store says about organisations (the
 * result of {@link ReferenceResolver#KNOWN_ORGANISATIONS_QUERY}), built once and kept up to date as
 * that graph changes, instead of built again for every document. Each document's resolver
 * ({@link #resolver}) teaches the index while it parses, and closing it takes that back: what a
 * document taught counts once its graph is in {@code known}. One resolver at a time.
 */
public final class OrganisationKnowledge {
    private final ReferenceData reference;
    private final Graph known;
    private OrganisationIndex index;
    private boolean stale;

    private OrganisationKnowledge(ReferenceData reference, Graph known) {
        this.reference = reference;
        this.known = known;
        this.index = OrganisationSources.index(reference, known);
    }

    /** Knowledge of {@code known}, which the caller changes only through {@link #added} and {@link #removed}. */
    public static OrganisationKnowledge of(ReferenceData reference, Graph known) {
        return new OrganisationKnowledge(Objects.requireNonNull(reference, "reference"), Objects.requireNonNull(known, "known"));
    }

    /** {@code triples} were just added to the known graph. */
    public void added(Collection<Triple> triples) {
        if (stale) return;
        Set<Node> subjects = new LinkedHashSet<>();
        triples.forEach(t -> subjects.add(t.getSubject()));
        for (Node subject : subjects) {
            if (!OrganisationSources.fromStore(index, reference, known, subject)) {
                stale = true;
                return;
            }
        }
    }

    /** Triples were just taken out of the known graph: the index is built again before the next use. */
    public void removed() { stale = true; }

    /** A resolver for one document; closing it forgets what the document taught the index. */
    public ReferenceResolver resolver() {
        if (stale) {
            index = OrganisationSources.index(reference, known);
            stale = false;
        }
        index.record();
        return new ReferenceResolver(reference, index, index::rollback);
    }
}
