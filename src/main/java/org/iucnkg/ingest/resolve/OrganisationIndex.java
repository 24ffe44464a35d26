package org.iucnkg.ingest.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.iucnkg.ingest.resolve.TextDictionary.Hit;

/**
 * Every organisation known during one ingest, looked up by normalised name, acronym, IRI and in text.
 * Kept in {@link Rank} order, so it answers the same however it was filled. While {@link #record}ing,
 * every change is journalled, and {@link #rollback} takes them all back (what one document taught).
 */
final class OrganisationIndex {

    /** How a phrase names an organisation: a name, an acronym, or a programme it runs (never written as a name). */
    enum Role { NAME, ACRONYM, PROGRAMME }

    /** A phrase of the text dictionary and the organisation it names. */
    record Named(KnownOrganisation org, String phrase, Role role) {}

    private record Entry(KnownOrganisation org, Rank rank) {}

    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, List<Entry>> byAcronym = new HashMap<>();
    private final Map<String, KnownOrganisation> byIri = new HashMap<>();
    private final TreeMap<Rank, KnownOrganisation> ordered = new TreeMap<>();
    private final TextDictionary<Named> text = new TextDictionary<>(true, false);
    private final Predicate<String> countryName;
    /** Every name's comparison form, computed once: a pure function of the name, kept through rollbacks. */
    private final Map<String, FuzzyKey> fuzzyKeys = new HashMap<>();
    private long ingested;
    private long blocked;
    private Deque<Runnable> journal;

    /** {@code countryName}: names an organisation may have but the text scan must leave to countries ("Costa Rica"). */
    OrganisationIndex(Predicate<String> countryName) {
        this.countryName = countryName;
    }

    /** An organisation of this ingest. */
    KnownOrganisation register(KnownOrganisation org) { return register(org, Rank.ingest(ingested++)); }

    KnownOrganisation register(KnownOrganisation org, Rank rank) {
        String iri = org.iri.getURI();
        byIri.put(iri, org);
        ordered.put(rank, org);
        undo(() -> {
            byIri.remove(iri);
            ordered.remove(rank);
        });
        addName(org, org.label, rank);
        return org;
    }

    void addName(KnownOrganisation org, String name) { addName(org, name, Rank.ingest(ingested++)); }

    void addName(KnownOrganisation org, String name, Rank rank) {
        if (!org.names.add(name)) return;
        org.nameRanks.put(name, rank);
        undo(() -> {
            org.names.remove(name);
            org.nameRanks.remove(name);
        });
        index(byName, Names.normalise(name), org, name, Role.NAME, false, rank);
    }

    void addAcronym(KnownOrganisation org, String acronym) { addAcronym(org, acronym, Rank.ingest(ingested++)); }

    void addAcronym(KnownOrganisation org, String acronym, Rank rank) {
        if (!org.acronyms.add(acronym)) return;
        undo(() -> org.acronyms.remove(acronym));
        index(byAcronym, Names.acronymKey(acronym), org, acronym, Role.ACRONYM, true, rank);
    }

    /** A programme or fund the organisation runs: found in text and by name, but not one of its names. */
    void addProgramme(KnownOrganisation org, String phrase, Rank rank) {
        index(byName, Names.normalise(phrase), org, phrase, Role.PROGRAMME, false, rank);
    }

    /** The country an organisation of the store turned out to have. */
    void setCountry(KnownOrganisation org, String country) {
        String before = org.country;
        org.country = country;
        undo(() -> org.country = before);
    }

    /** A phrase that looks like a name but is none (a treaty): it hides what it contains from the text scan. */
    void block(String phrase) {
        text.add(phrase, null, Names.isAcronymLike(phrase), Rank.blocked(blocked++), journal);
    }

    List<KnownOrganisation> named(String name) { return orgs(byName.get(Names.normalise(name))); }

    List<KnownOrganisation> abbreviated(String acronym) { return orgs(byAcronym.get(Names.acronymKey(acronym))); }

    KnownOrganisation at(String iri) { return byIri.get(iri); }

    FuzzyKey fuzzyKey(String name) { return fuzzyKeys.computeIfAbsent(name, n -> FuzzyKey.of(Names.normalise(n))); }

    Collection<KnownOrganisation> all() { return ordered.values(); }

    List<Hit<Named>> scan(String content) { return text.scan(content); }

    /** From now on, journal every change. */
    void record() {
        if (journal != null) throw new IllegalStateException("the index is already recording a document");
        journal = new ArrayDeque<>();
    }

    /** Takes back every change since {@link #record}, newest first, and stops journalling. */
    void rollback() {
        Deque<Runnable> changes = journal;
        journal = null;
        if (changes != null) changes.forEach(Runnable::run);
    }

    private void undo(Runnable inverse) {
        if (journal != null) journal.push(inverse);
    }

    private void index(Map<String, List<Entry>> map, String key, KnownOrganisation org,
                       String phrase, Role role, boolean caseSensitive, Rank rank) {
        if (key.isEmpty()) return;
        List<Entry> entries = map.computeIfAbsent(key, k -> new ArrayList<>());
        int at = -1;
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).org() == org) at = i;
        if (at < 0 || rank.compareTo(entries.get(at).rank()) < 0) {
            List<Entry> before = List.copyOf(entries);
            if (at >= 0) entries.remove(at);
            int to = 0;
            while (to < entries.size() && entries.get(to).rank().compareTo(rank) <= 0) to++;
            entries.add(to, new Entry(org, rank));
            undo(() -> {
                entries.clear();
                entries.addAll(before);
            });
        }
        boolean cased = caseSensitive || Names.isAcronymLike(phrase);
        if (!countryName.test(phrase)) text.add(phrase, new Named(org, phrase, role), cased, rank, journal);
    }

    private static List<KnownOrganisation> orgs(List<Entry> entries) {
        return entries == null ? List.of() : entries.stream().map(Entry::org).toList();
    }
}
