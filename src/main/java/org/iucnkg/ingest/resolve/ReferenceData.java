package org.iucnkg.ingest.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.Bundled;
import org.iucnkg.ingest.resolve.EntityResolver.Mention;
import org.iucnkg.model.Iris;

/**
 * The curated reference data of {@code data/reference/} (countries, organisations, known events):
 * its RDF for the {@code graph/reference} graph, and the country and event look-ups every ingest
 * shares. Loaded once; immutable.
 */
public final class ReferenceData {
    private final Iris iris;
    private final ReferenceTables tables;
    private final Model model;
    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> codeByIri = new HashMap<>();
    private final Map<String, String> labelByCode = new HashMap<>();
    private final TextDictionary<Resource> countryText = new TextDictionary<>(false, true);
    private final TextDictionary<Resource> eventText = new TextDictionary<>(false, false);

    private ReferenceData(Iris iris, ReferenceTables tables) {
        this.iris = iris;
        this.tables = tables;
        this.model = ReferenceGraph.build(tables, iris);
        tables.nonNames().stream().filter(n -> n.scanner().equals("country")).forEach(n -> countryText.add(n.phrase(), null));
        for (ReferenceTables.Country c : tables.countries()) {
            Resource country = iris.country(c.alpha2());
            codeByIri.put(country.getURI(), c.alpha2());
            labelByCode.put(c.alpha2(), c.label());
            countryByName.put(Names.normalise(c.label()), c.alpha2());
            countryText.add(c.label(), country);
            for (String alt : c.altLabels()) {
                countryByName.putIfAbsent(Names.normalise(alt), c.alpha2());
                countryText.add(alt, country);
            }
        }
        for (ReferenceTables.Event e : tables.events()) {
            Resource event = iris.event(e.key());
            eventText.add(e.label(), event);
            e.altLabels().forEach(alt -> eventText.add(alt, event));
        }
    }

    /** Reads the bundled {@code data/reference/*} files; a curation error fails with every problem listed. */
    public static ReferenceData load(Iris iris) {
        return of(iris, Bundled.reference());
    }

    static ReferenceData of(Iris iris, List<Bundled.File> files) {
        Objects.requireNonNull(iris, "iris");
        ReferenceTables tables = ReferenceTables.read(files);
        ReferenceChecks.require(tables);
        return new ReferenceData(iris, tables);
    }

    /** The reference graph (a copy): countries, organisations and known events as docs/model.md describes them. */
    public Model model() {
        return ModelFactory.createDefaultModel().add(model).setNsPrefixes(model.getNsPrefixMap());
    }

    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    Iris iris() { return iris; }

    ReferenceTables tables() { return tables; }

    /** ISO alpha-2 code for a country name, alternative name or code ("DRC", "Vietnam", "KE", "GBR"). */
    Optional<String> countryCode(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String trimmed = name.strip();
        if (ALPHA2.matcher(trimmed).matches() && codeByIri.containsKey(iris.country(trimmed).getURI())) return Optional.of(trimmed);
        if (ALPHA3.matcher(trimmed).matches()) {
            Optional<String> byAlpha3 = tables.countries().stream().filter(c -> c.alpha3().equals(trimmed))
                    .map(ReferenceTables.Country::alpha2).findFirst();
            if (byAlpha3.isPresent()) return byAlpha3;
        }
        return Optional.ofNullable(countryByName.get(Names.normalise(trimmed)));
    }

    /** The country of a reference code, with its reference label, in a model of its own (the reference graph stays untouched). */
    Resource country(String alpha2) {
        return ModelFactory.createDefaultModel().createResource(iris.country(alpha2).getURI())
                .addProperty(RDFS.label, labelByCode.get(alpha2));
    }

    /** The alpha-2 code of a country IRI minted by {@link Iris#country}, if it is a reference country. */
    Optional<String> codeOf(String countryIri) { return Optional.ofNullable(codeByIri.get(countryIri)); }

    List<Mention> countriesIn(String text) { return mentions(countryText, text); }

    List<Mention> eventsIn(String text) { return mentions(eventText, text); }

    private static List<Mention> mentions(TextDictionary<Resource> dictionary, String text) {
        return dictionary.scan(text).stream()
                .map(h -> new Mention(h.start(), h.end(), text.substring(h.start(), h.end()), h.value()))
                .toList();
    }
}
