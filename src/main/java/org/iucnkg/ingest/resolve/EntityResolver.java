package org.iucnkg.ingest.resolve;

import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * One IRI per real organisation, country and known event, across all documents.
 * An instance serves one ingest: organisations a report lists are remembered, so later mentions
 * of them in the same report's text resolve to the same resource.
 *
 * <p>Methods that return organisations write into {@code out} what the source graph must hold about
 * them to stand on its own: label and {@code org:Organization} type for organisations that are not
 * in the reference data, a {@code skos:altLabel} for a new spelling, a {@code skos:closeMatch} for an
 * uncertain match, acronym and country as given.
 */
public interface EntityResolver {

    /** How an organisation is written where a report lists it. Any field but {@code name} may be null. */
    record OrgName(String name, String acronym, String country, String memberId) {
        public static OrgName named(String name) { return new OrgName(name, null, null, null); }
    }

    /** A span of text that names a resource. */
    record Mention(int start, int end, String text, Resource resource) {}

    /** Resolves, or mints, the organisation a report lists (member, commission, partner, constituent). */
    Resource organisation(Model out, OrgName name);

    /** The organisation a short name or acronym stands for, if it is known (reference data, store or this ingest). */
    Optional<Resource> knownOrganisation(Model out, String nameOrAcronym);

    /** Organisations named in free text: longest match wins, no overlaps, left to right. */
    List<Mention> organisationsIn(Model out, String text);

    /** The country a name stands for ("DRC", "Vietnam", "The Netherlands", "Kenya"), if any, carrying its reference rdfs:label. */
    Optional<Resource> country(String name);

    /** Countries named in free text, left to right, without overlaps. */
    List<Mention> countriesIn(String text);

    /** Known events (reference data) named in free text ("CITES CoP18", "CoP19 of CITES"). */
    List<Mention> eventsIn(String text);

    /**
     * Whether text in an organisation slot names an organisation: a known name or acronym, or text
     * written like a name; false for placeholders ("No other Members are/have been involved", "I do not
     * know") and generic phrases ("Multilateral institutions"). {@link #organisation} refuses what this refuses.
     */
    boolean isOrganisationName(String text);

    /** What a person should check about this ingest's resolutions (near-misses merged, close matches kept apart). */
    List<String> notes();
}
