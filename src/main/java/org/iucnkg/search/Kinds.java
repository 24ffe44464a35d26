package org.iucnkg.search;

import java.util.Map;
import java.util.Optional;

import org.iucnkg.model.Iris;

/**
 * The kind of a search hit, told by its subject's IRI as docs/model.md mints it, so that the search can
 * ask Lucene for one kind's texts only. Every instance of a kind's class is minted in that kind's
 * namespace ({@code id/report/} holds the progress and activity reports, {@code id/org/} members,
 * commissions, units and partners); a quoted paragraph lives under its instrument. A subject outside the
 * minted IRIs may be of any class: it is marked as such and its class decides, as for every hit.
 * The field holds {@code is-<kind>}: jena-text's snippet highlighter marks the words of every query term
 * whatever its field, and no word of a text is ever {@code is-report} (the tokenizer splits at '-').
 */
final class Kinds {
    /** The Lucene field holding the kind of each indexed text. */
    static final String FIELD = "kind";
    /** The kind of a subject the base does not mint: any kind filter lets its texts through. */
    static final String UNMINTED = "is-unminted";
    private static final String IS = "is-";
    private static final String PARAGRAPH = "/paragraph/";
    private static final Map<String, String> BY_NAMESPACE = Map.of("org", "organisation", "instrument", "instrument",
            "country", "country", "event", "event", "document", "document", "report", "report",
            "activity", "activity", "planned-action", "planned-action");

    private final String idBase;

    Kinds(Iris iris) {
        this.idBase = iris.idBase();
    }

    /** The kind of the texts of {@code subject} (an IRI, or a blank node's label) as indexed, if it has one. */
    Optional<String> of(String subject) {
        if (!subject.startsWith(idBase)) return Optional.of(UNMINTED);
        String path = subject.substring(idBase.length());
        int slash = path.indexOf('/');
        if (slash < 0) return Optional.empty();
        String namespace = path.substring(0, slash);
        if (namespace.equals("instrument") && path.contains(PARAGRAPH)) return Optional.of(IS + "paragraph");
        return Optional.ofNullable(BY_NAMESPACE.get(namespace)).map(kind -> IS + kind);
    }
}
