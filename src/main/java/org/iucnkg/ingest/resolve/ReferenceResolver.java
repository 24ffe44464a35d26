package org.iucnkg.ingest.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.ingest.resolve.KnownOrganisation.Origin;
import org.iucnkg.ingest.resolve.OrganisationIndex.Role;
import org.iucnkg.ingest.resolve.OrganisationMatcher.How;
import org.iucnkg.ingest.resolve.OrganisationMatcher.Match;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;

/**
 * Resolves organisations, countries and known events against the reference data and the store, for
 * one ingest. Organisations are matched in this order:
 * <ol>
 * <li>Name: the {@link Names#normalise normalised} name (accents, case, quotes, dashes, punctuation,
 * British spelling and a leading "The" ignored) equals a known label or altLabel of an organisation in
 * a compatible country. A new spelling is written to {@code out} as {@code skos:altLabel}. The same name
 * listed with another country is kept apart (rule 3's close match).</li>
 * <li>Acronym: case-sensitive, spaces around hyphens ignored ("WWF - UK" = "WWF-UK"), possessive
 * tolerated in text ("IFAW's"); a country given must agree; an acronym listed with a name merges only
 * when the names share half their content words or are close, so "World Cetacean Society (WCS)" is not
 * "Wildlife Conservation Society (WCS)".</li>
 * <li>Similarity (normalised Levenshtein, names of {@value OrganisationMatcher#MIN_FUZZY_LENGTH}+
 * characters, never across different acronyms, countries or countries named in the names):
 * {@value OrganisationMatcher#SAME}+ merges and keeps the spelling as altLabel ("National Whistleblower
 * Cente"); {@value OrganisationMatcher#CLOSE}+ mints a second resource with {@code skos:closeMatch} to
 * the candidate. Both are reported in {@link #notes()}.</li>
 * <li>Otherwise a new organisation {@code id/org/{slug(name)}} with one rdfs:label (the name as
 * written), acronym, country and member ID as given, remembered for the rest of the ingest. A member
 * known only by its ID code becomes {@code id/org/member-{code}}, labelled "IUCN Member {code}".</li>
 * <li>For an organisation known from the store, its label and {@code org:Organization} type are
 * written to {@code out}, so each source graph stands on its own; for a reference organisation only
 * new spellings and acronyms.</li>
 * <li>Placeholders and generic phrases ({@link Placeholders}) are refused with IllegalArgumentException.</li>
 * </ol>
 * In free text ({@link #organisationsIn}) every known name, altLabel, acronym and programme (reference,
 * store, this ingest) is looked up in one pass ({@link TextDictionary}): longest match first, no
 * overlaps, whole words, acronyms case-sensitive, names not, a possessive "s" tolerated; one word of
 * five letters or more may be one edit off in a name of three words or more (rule 3 for text); treaty
 * names such as "UN Convention against Corruption" are skipped, and so is a name that begins the title of
 * a work ({@link WorkTitles}: "IUCN Red List", "EU Digital Services Act"). Countries and known events come from
 * {@link ReferenceData} the same way ("Congo" is CG, "US" is not found in "USAID").
 */
public final class ReferenceResolver implements EntityResolver, AutoCloseable {

    /** Run over the union default graph; its result is the {@code knownOrganisations} of {@link #forIngest}. */
    public static final String KNOWN_ORGANISATIONS_QUERY = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX ikg:  <https://w3id.org/iucn-kg/ontology#>
            CONSTRUCT {
              ?org rdf:type ?type ; rdfs:label ?label ; skos:altLabel ?altLabel ;
                   ikg:acronym ?acronym ; ikg:country ?country .
            }
            WHERE {
              ?org rdf:type org:Organization .
              { ?org rdf:type ?type } UNION { ?org rdfs:label ?label } UNION { ?org skos:altLabel ?altLabel }
              UNION { ?org ikg:acronym ?acronym } UNION { ?org ikg:country ?country }
            }
            """;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)");
    private static final Pattern MEMBER_ID = Pattern.compile("\\p{XDigit}{8}(?:-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    private final ReferenceData reference;
    private final Iris iris;
    private final OrganisationIndex index;
    private final OrganisationMatcher matcher;
    private final Set<String> notes = new LinkedHashSet<>();
    private final Runnable release;

    ReferenceResolver(ReferenceData reference, OrganisationIndex index, Runnable release) {
        this.reference = reference;
        this.iris = reference.iris();
        this.index = index;
        this.matcher = new OrganisationMatcher(index, reference);
        this.release = release;
    }

    /**
     * One resolver per ingest, with an index of its own; {@code knownOrganisations} is the result of
     * {@link #KNOWN_ORGANISATIONS_QUERY} (may be empty). For many documents, {@link OrganisationKnowledge}.
     */
    public static ReferenceResolver forIngest(ReferenceData reference, Graph knownOrganisations) {
        Objects.requireNonNull(reference, "reference");
        return new ReferenceResolver(reference, OrganisationSources.index(reference, knownOrganisations), () -> { });
    }

    /** Forgets what this document taught a shared index. */
    @Override
    public void close() { release.run(); }

    @Override
    public Resource organisation(Model out, OrgName listed) {
        Objects.requireNonNull(listed, "listed");
        String name = clean(listed.name());
        String memberId = clean(listed.memberId());
        if (name != null && MEMBER_ID.matcher(name).matches()) return member(out, name);
        if (name == null && memberId != null) return member(out, memberId);
        if (name == null || Placeholders.isPlaceholder(name)) {
            throw new IllegalArgumentException("'" + listed.name() + "' is a placeholder, not an organisation: check isOrganisationName first");
        }
        String acronym = clean(listed.acronym());
        String country = countryOf(name, clean(listed.country()));
        Optional<Match> match = matcher.match(name, acronym, country);
        if (match.isPresent() && match.get().same()) {
            noteNearMiss(name, match.get());
            return describe(out, match.get().org(), name, acronym, country, memberId);
        }
        if (match.isEmpty() && !Placeholders.looksLikeOrganisationName(name)) {
            throw new IllegalArgumentException("'" + name + "' is a generic phrase, not an organisation's name: check isOrganisationName first");
        }
        KnownOrganisation minted = mint(out, name, acronym, country, memberId);
        match.ifPresent(m -> closeMatch(out, minted, m));
        return out.createResource(minted.iri.getURI());
    }

    @Override
    public Optional<Resource> knownOrganisation(Model out, String nameOrAcronym) {
        if (nameOrAcronym == null || Placeholders.isPlaceholder(nameOrAcronym)) return Optional.empty();
        String text = nameOrAcronym.strip();
        return matcher.known(text).map(m -> {
            noteNearMiss(text, m);
            String spelling = m.how() == How.NEAR_MISS ? text : m.via();
            return mentioned(out, m.org(), spelling, m.how() != How.ACRONYM);
        });
    }

    @Override
    public List<Mention> organisationsIn(Model out, String text) {
        List<Mention> mentions = new ArrayList<>();
        for (TextDictionary.Hit<OrganisationIndex.Named> hit : index.scan(text)) {
            if (WorkTitles.begins(text, hit.start(), hit.end())) continue;
            OrganisationIndex.Named named = hit.value();
            String span = text.substring(hit.start(), hit.end());
            Resource org;
            if (hit.fuzzy()) {
                notes.add("'" + span + "' in text read as " + named.org() + " (one letter differs); kept as skos:altLabel");
                org = mentioned(out, named.org(), span, true);
            } else {
                org = mentioned(out, named.org(), named.phrase(), named.role() == Role.NAME);
            }
            mentions.add(new Mention(hit.start(), hit.end(), span, org));
        }
        return mentions;
    }

    @Override
    public Optional<Resource> country(String name) { return reference.countryCode(name).map(reference::country); }

    @Override
    public List<Mention> countriesIn(String text) { return reference.countriesIn(text); }

    @Override
    public List<Mention> eventsIn(String text) { return reference.eventsIn(text); }

    @Override
    public boolean isOrganisationName(String text) {
        if (Placeholders.isPlaceholder(text)) return false;
        return Placeholders.looksLikeOrganisationName(text) || matcher.known(text.strip()).isPresent();
    }

    @Override
    public List<String> notes() { return List.copyOf(notes); }

    /** Writes what a source graph must hold about an organisation it lists, and learns the spelling. */
    private Resource describe(Model out, KnownOrganisation org, String spelling, String acronym, String country, String memberId) {
        Resource r = mentioned(out, org, spelling, true);
        if (acronym != null && !org.statesAcronym(acronym)) {
            r.addProperty(IKG.acronym, acronym);
            index.addAcronym(org, acronym);
        }
        if (country != null && !org.isReference()) { // the matcher only matches where countries agree
            r.addProperty(IKG.country, iris.country(country));
            index.setCountry(org, country);
        }
        if (memberId != null) r.addProperty(IKG.memberId, memberId);
        return r;
    }

    /** Label and type for organisations outside the reference data; a new name as skos:altLabel. */
    private Resource mentioned(Model out, KnownOrganisation org, String spelling, boolean isName) {
        Resource r = out.createResource(org.iri.getURI());
        if (!org.isReference()) r.addProperty(RDF.type, ORG.Organization).addProperty(RDFS.label, org.label);
        boolean isAcronym = org.acronyms.stream().anyMatch(a -> Names.acronymKey(a).equals(Names.acronymKey(spelling)));
        if (isName && !isAcronym && !org.statesName(spelling)) {
            r.addProperty(SKOS.altLabel, spelling);
            index.addName(org, spelling);
        }
        return r;
    }

    private KnownOrganisation mint(Model out, String name, String acronym, String country, String memberId) {
        KnownOrganisation org = index.register(new KnownOrganisation(freeIri(name, acronym), name, Origin.INGEST, country));
        Resource r = out.createResource(org.iri.getURI()).addProperty(RDF.type, ORG.Organization).addProperty(RDFS.label, name);
        if (acronym != null) {
            index.addAcronym(org, acronym);
            r.addProperty(IKG.acronym, acronym);
        }
        if (country != null) r.addProperty(IKG.country, iris.country(country));
        if (memberId != null) r.addProperty(IKG.memberId, memberId);
        return org;
    }

    private Resource member(Model out, String memberId) {
        Resource iri = iris.memberById(memberId);
        KnownOrganisation org = index.at(iri.getURI());
        if (org == null) org = index.register(new KnownOrganisation(iri, "IUCN Member " + memberId, Origin.INGEST, null));
        return out.createResource(iri.getURI()).addProperty(RDF.type, ORG.Organization)
                .addProperty(RDFS.label, org.label).addProperty(IKG.memberId, memberId);
    }

    private void closeMatch(Model out, KnownOrganisation minted, Match candidate) {
        out.createResource(minted.iri.getURI()).addProperty(SKOS.closeMatch, mentioned(out, candidate.org(), candidate.via(), false));
        String countries = minted.country != null && candidate.org().country != null && !minted.country.equals(candidate.org().country)
                ? ", listed in " + minted.country + " but known in " + candidate.org().country : "";
        notes.add(String.format("'%s' resembles %s (similarity %.2f to '%s'%s) but is kept apart as %s with skos:closeMatch: merge by hand if they are the same",
                minted.label, candidate.org(), candidate.similarity(), candidate.via(), countries, minted.iri.getURI()));
    }

    private void noteNearMiss(String spelling, Match m) {
        if (m.how() == How.NEAR_MISS) {
            notes.add(String.format("'%s' read as %s (similarity %.2f to '%s'); kept as skos:altLabel", spelling, m.org(), m.similarity(), m.via()));
        }
    }

    private String countryOf(String name, String country) {
        if (country == null) return null;
        Optional<String> code = reference.countryCode(country);
        if (code.isEmpty()) notes.add("country '" + country + "' of '" + name + "' is not a known country name; no ikg:country written");
        return code.orElse(null);
    }

    /** The organisation IRI for a new name: its slug, with -2, -3 ... when another organisation has it. */
    private Resource freeIri(String name, String acronym) {
        String key = slugOf(name).or(() -> acronym == null ? Optional.empty() : slugOf(acronym)).orElseGet(() -> digest(name));
        Resource iri = iris.organisation(key);
        for (int n = 2; index.at(iri.getURI()) != null; n++) iri = iris.organisation(key + "-" + n);
        return iri;
    }

    private static Optional<String> slugOf(String text) {
        try {
            return Optional.of(Iris.slug(text));
        } catch (IllegalArgumentException noLatinLetters) {
            return Optional.empty();
        }
    }

    /** A stable key for a name without Latin letters or digits. */
    private static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "org-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Trimmed with inner runs of space collapsed; null when blank or an empty acronym "( )". */
    private static String clean(String text) {
        if (text == null) return null;
        String cleaned = SPACES.matcher(text.strip()).replaceAll(" ");
        return cleaned.isEmpty() || EMPTY_BRACKETS.matcher(cleaned).matches() ? null : cleaned;
    }
}
