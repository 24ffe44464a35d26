package org.iucnkg.ingest.resolve;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides which known organisation a name stands for (rules 1 to 3 of {@link ReferenceResolver}).
 * Similarity is normalised Levenshtein on {@link Names#normalise normalised} names of at least
 * {@value #MIN_FUZZY_LENGTH} characters: {@value #SAME} or more is the same organisation,
 * {@value #CLOSE} or more a close match that is kept apart.
 */
final class OrganisationMatcher {
    /** One edit in 12 characters: a dropped, doubled or wrong letter or two in a long name. */
    static final double SAME = 0.92;
    /** About one word in five different: related or confusable, never merged. */
    static final double CLOSE = 0.80;
    /** Below this, one edit changes too much of a name ("WWF-UK" vs "WWF-US"). */
    static final int MIN_FUZZY_LENGTH = 15;
    /** A shared acronym merges only when the names share half their words or are close. */
    static final double ACRONYM_AFFINITY = 0.5;
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "for", "and", "in", "on", "to",
            "de", "la", "le", "du", "des", "et", "y", "del", "los", "las", "für", "fur", "und");

    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’]|s)$");

    enum How { NAME, ACRONYM, NEAR_MISS, CLOSE }

    /** What a name was matched to, how, and through which of the organisation's names. */
    record Match(KnownOrganisation org, How how, double similarity, String via) {
        boolean same() { return how != How.CLOSE; }
    }

    private final OrganisationIndex index;
    private final ReferenceData reference;

    OrganisationMatcher(OrganisationIndex index, ReferenceData reference) {
        this.index = index;
        this.reference = reference;
    }

    /** An organisation as a report lists it: name, optional acronym, optional country code. */
    Optional<Match> match(String name, String acronym, String country) {
        List<KnownOrganisation> named = index.named(name);
        List<KnownOrganisation> sameCountry = compatible(named, country);
        if (!sameCountry.isEmpty()) return Optional.of(new Match(pick(sameCountry, acronym, country), How.NAME, 1, name));
        if (!named.isEmpty()) return Optional.of(new Match(pick(named, acronym, country), How.CLOSE, 1, name));
        if (Names.isAcronymLike(name)) {
            List<KnownOrganisation> byAcronym = compatible(index.abbreviated(name), country);
            if (!byAcronym.isEmpty()) return Optional.of(new Match(pick(byAcronym, name, country), How.ACRONYM, 1, name));
        }
        if (acronym != null) {
            List<KnownOrganisation> sharing = compatible(index.abbreviated(acronym), country).stream()
                    .filter(o -> affinity(name, o) >= ACRONYM_AFFINITY).toList();
            if (!sharing.isEmpty()) return Optional.of(new Match(pick(sharing, acronym, country), How.ACRONYM, 1, acronym));
        }
        return nearest(name, acronym, country);
    }

    /** A short name or acronym from text: its name, its acronym (possessive "s" tolerated) or a near-miss. */
    Optional<Match> known(String nameOrAcronym) {
        String bare = POSSESSIVE.matcher(nameOrAcronym).replaceAll("");
        for (String candidate : List.of(nameOrAcronym, bare)) {
            List<KnownOrganisation> named = index.named(candidate);
            if (!named.isEmpty()) return Optional.of(new Match(pick(named, null, null), How.NAME, 1, candidate));
            List<KnownOrganisation> byAcronym = index.abbreviated(candidate);
            if (!byAcronym.isEmpty()) return Optional.of(new Match(pick(byAcronym, null, null), How.ACRONYM, 1, candidate));
        }
        return nearest(nameOrAcronym, null, null).filter(Match::same);
    }

    /** The most similar known name, when at least {@link #CLOSE} and nothing says they differ. */
    private Optional<Match> nearest(String name, String acronym, String country) {
        FuzzyKey key = FuzzyKey.of(Names.normalise(name));
        if (key.length() < MIN_FUZZY_LENGTH) return Optional.empty();
        Match best = null;
        for (KnownOrganisation org : index.all()) {
            if (conflicts(org, acronym, country)) continue;
            for (String known : org.names) {
                FuzzyKey other = index.fuzzyKey(known);
                if (other.length() < MIN_FUZZY_LENGTH || !key.mayReach(other, CLOSE)) continue;
                double similarity = Names.similarity(key.normalised(), other.normalised(), CLOSE);
                if (similarity < CLOSE || (best != null && !closer(similarity, org, known, best))) continue;
                if (!countriesNamed(name).equals(countriesNamed(known))) continue; // "WWF Belgium" is not "WWF Bulgaria"
                best = new Match(org, similarity >= SAME ? How.NEAR_MISS : How.CLOSE, similarity, known);
            }
        }
        return Optional.ofNullable(best);
    }

    /** More similar; or as similar, through an earlier name of the same organisation (as a full rebuild orders them). */
    private static boolean closer(double similarity, KnownOrganisation org, String name, Match best) {
        if (similarity != best.similarity()) return similarity > best.similarity();
        return org == best.org() && org.nameRanks.get(name).compareTo(org.nameRanks.get(best.via())) < 0;
    }

    private static boolean conflicts(KnownOrganisation org, String acronym, String country) {
        boolean otherAcronym = acronym != null && !org.acronyms.isEmpty()
                && org.acronyms.stream().noneMatch(a -> Names.acronymKey(a).equals(Names.acronymKey(acronym)));
        boolean otherCountry = country != null && org.country != null && !org.country.equals(country);
        return otherAcronym || otherCountry;
    }

    private static List<KnownOrganisation> compatible(List<KnownOrganisation> orgs, String country) {
        return orgs.stream().filter(o -> country == null || o.country == null || o.country.equals(country)).toList();
    }

    /** Among several: the one with the same acronym, then the same country, then reference before store before this ingest. */
    private static KnownOrganisation pick(List<KnownOrganisation> orgs, String acronym, String country) {
        String key = acronym == null ? null : Names.acronymKey(acronym);
        return orgs.stream().min(Comparator
                .comparing((KnownOrganisation o) -> key == null || o.acronyms.stream().noneMatch(a -> Names.acronymKey(a).equals(key)))
                .thenComparing(o -> country == null || !country.equals(o.country))
                .thenComparing(o -> o.origin)).orElseThrow();
    }

    /** How much a name resembles any of an organisation's names: similarity, or the share of content words in common. */
    private static double affinity(String name, KnownOrganisation org) {
        String normalised = Names.normalise(name);
        Set<String> words = contentWords(normalised);
        double best = 0;
        for (String known : org.names) {
            String other = Names.normalise(known);
            Set<String> common = new HashSet<>(words);
            Set<String> all = new HashSet<>(words);
            Set<String> otherWords = contentWords(other);
            common.retainAll(otherWords);
            all.addAll(otherWords);
            double jaccard = all.isEmpty() ? 0 : (double) common.size() / all.size();
            best = Math.max(best, Math.max(jaccard, Names.similarity(normalised, other, CLOSE)));
        }
        return best;
    }

    private static Set<String> contentWords(String normalised) {
        return Arrays.stream(normalised.split(" ")).filter(w -> !w.isEmpty() && !FUNCTION_WORDS.contains(w)).collect(Collectors.toSet());
    }

    private Set<String> countriesNamed(String name) {
        return reference.countriesIn(name).stream().map(m -> m.resource().getURI()).collect(Collectors.toSet());
    }
}
