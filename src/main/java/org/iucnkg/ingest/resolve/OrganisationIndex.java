package org.iucnkg.ingest.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.iucnkg.ingest.resolve.TextDictionary.Hit;

/** Every organisation known during one ingest, looked up by normalised name, acronym, IRI and in text. */
final class OrganisationIndex {

    /** How a phrase names an organisation: a name, an acronym, or a programme it runs (never written as a name). */
    enum Role { NAME, ACRONYM, PROGRAMME }

    /** A phrase of the text dictionary and the organisation it names. */
    record Named(KnownOrganisation org, String phrase, Role role) {}

    private final Map<String, List<KnownOrganisation>> byName = new HashMap<>();
    private final Map<String, List<KnownOrganisation>> byAcronym = new HashMap<>();
    private final Map<String, KnownOrganisation> byIri = new LinkedHashMap<>();
    private final TextDictionary<Named> text = new TextDictionary<>(true, false);
    private final Predicate<String> countryName;

    /** {@code countryName}: names an organisation may have but the text scan must leave to countries ("Costa Rica"). */
    OrganisationIndex(Predicate<String> countryName) {
        this.countryName = countryName;
    }

    KnownOrganisation register(KnownOrganisation org) {
        byIri.put(org.iri.getURI(), org);
        addName(org, org.label);
        return org;
    }

    void addName(KnownOrganisation org, String name) {
        if (org.names.add(name)) index(byName, Names.normalise(name), org, name, Role.NAME, false);
    }

    void addAcronym(KnownOrganisation org, String acronym) {
        if (org.acronyms.add(acronym)) index(byAcronym, Names.acronymKey(acronym), org, acronym, Role.ACRONYM, true);
    }

    /** A programme or fund the organisation runs: found in text and by name, but not one of its names. */
    void addProgramme(KnownOrganisation org, String phrase) {
        index(byName, Names.normalise(phrase), org, phrase, Role.PROGRAMME, false);
    }

    /** A phrase that looks like a name but is none (a treaty): it hides what it contains from the text scan. */
    void block(String phrase) { text.add(phrase, null); }

    List<KnownOrganisation> named(String name) { return byName.getOrDefault(Names.normalise(name), List.of()); }

    List<KnownOrganisation> abbreviated(String acronym) { return byAcronym.getOrDefault(Names.acronymKey(acronym), List.of()); }

    KnownOrganisation at(String iri) { return byIri.get(iri); }

    Collection<KnownOrganisation> all() { return byIri.values(); }

    List<Hit<Named>> scan(String content) { return text.scan(content); }

    private void index(Map<String, List<KnownOrganisation>> map, String key, KnownOrganisation org,
                       String phrase, Role role, boolean caseSensitive) {
        if (key.isEmpty()) return;
        List<KnownOrganisation> orgs = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!orgs.contains(org)) orgs.add(org);
        if (!countryName.test(phrase)) text.add(phrase, new Named(org, phrase, role), caseSensitive || Names.isAcronymLike(phrase));
    }
}
