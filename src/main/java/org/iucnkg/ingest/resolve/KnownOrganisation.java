package org.iucnkg.ingest.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;

/** One organisation the resolver knows during an ingest, with every way it has been written. */
final class KnownOrganisation {

    /** Where it is known from: curated reference data, an earlier ingest (the store), or this ingest. */
    enum Origin { REFERENCE, STORE, INGEST }

    final Resource iri;
    final String label;
    final Origin origin;
    /** ISO alpha-2, or null when not known. */
    String country;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> acronyms = new LinkedHashSet<>();
    /** When each name joined the index: among names equally close to a near-miss, the earliest is named. */
    final Map<String, Rank> nameRanks = new HashMap<>();
    /** Normalised names and acronym keys a source graph need not restate (reference names, or the label). */
    private final Set<String> stated = new HashSet<>();

    KnownOrganisation(Resource iri, String label, Origin origin, String country) {
        this.iri = iri;
        this.label = label;
        this.origin = origin;
        this.country = country;
        stateName(label);
    }

    boolean isReference() { return origin == Origin.REFERENCE; }

    void stateName(String name) { stated.add(Names.normalise(name)); }

    void stateAcronym(String acronym) { stated.add("\u0000" + Names.acronymKey(acronym)); }

    boolean statesName(String name) { return stated.contains(Names.normalise(name)); }

    boolean statesAcronym(String acronym) { return stated.contains("\u0000" + Names.acronymKey(acronym)); }

    @Override
    public String toString() { return "'" + label + "' (" + iri.getURI() + ")"; }
}
