package org.iucnkg.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.ingest.Bundled;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.model.PROV;
import org.iucnkg.model.SCHEMA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

/** The curated reference graph: complete ISO countries, consistent organisations, typed event dates. */
class ReferenceDataTest {
    private final Model model = Seeds.REFERENCE.model();

    @Test
    void everyIsoCountryOnceWithValidCodes() {
        List<Resource> countries = model.listSubjectsWithProperty(RDF.type, IKG.Country).toList();
        assertThat(countries).hasSize(249);
        Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
        for (Resource c : countries) {
            String alpha2 = c.getProperty(IKG.countryCode).getString();
            assertThat(iso).contains(alpha2);
            assertThat(c.getURI()).isEqualTo(Seeds.IRIS.country(alpha2).getURI());
            assertThat(c.getProperty(IKG.countryCodeAlpha3).getString()).as(alpha2).isEqualTo(new Locale("", alpha2).getISO3Country());
            assertThat(c.listProperties(RDFS.label).toList()).as(alpha2).hasSize(1);
        }
        assertThat(label(Seeds.IRIS.country("VN"))).isEqualTo("Viet Nam");
        assertThat(label(Seeds.IRIS.country("CG"))).isEqualTo("Congo");
        assertThat(label(Seeds.IRIS.country("CD"))).isEqualTo("Democratic Republic of the Congo");
        assertThat(label(Seeds.IRIS.country("TZ"))).isEqualTo("United Republic of Tanzania");
        assertThat(label(Seeds.IRIS.country("GB"))).isEqualTo("United Kingdom of Great Britain and Northern Ireland");
    }

    @Test
    void noCountryNameStandsForTwoCountries() {
        Map<String, String> seen = new HashMap<>();
        for (Statement s : model.listStatements(null, SKOS.altLabel, (String) null).andThen(model.listStatements(null, RDFS.label, (String) null)).toList()) {
            if (!s.getSubject().hasProperty(RDF.type, IKG.Country)) continue;
            String previous = seen.put(Names.normalise(s.getString()), s.getSubject().getURI());
            assertThat(previous).as(s.getString()).isIn(null, s.getSubject().getURI());
        }
    }

    @Test
    void organisationsHaveOneLabelAndEveryLinkedOrganisationExists() {
        List<Resource> orgs = model.listSubjectsWithProperty(RDF.type, ORG.Organization).toList();
        assertThat(orgs).hasSizeGreaterThan(80);
        for (Resource o : orgs) {
            assertThat(o.listProperties(RDFS.label).toList()).as(o.getURI()).hasSize(1);
            for (var p : List.of(ORG.unitOf, ORG.hasMember, SKOS.closeMatch)) {
                o.listProperties(p).forEach(s -> assertThat(s.getResource().hasProperty(RDF.type, ORG.Organization)).as(s.toString()).isTrue());
            }
            o.listProperties(IKG.country).forEach(s -> assertThat(s.getResource().hasProperty(RDF.type, IKG.Country)).isTrue());
            if (o.hasProperty(ORG.unitOf)) assertThat(o.hasProperty(RDF.type, ORG.OrganizationalUnit)).as(o.getURI()).isTrue();
        }
        assertThat(model.listObjectsOfProperty(model.getResource(Seeds.org("iccwc")), ORG.hasMember).mapWith(n -> n.asResource().getURI()).toList())
                .containsExactlyInAnyOrder(Seeds.org("cites-secretariat"), Seeds.org("interpol"), Seeds.org("unodc"), Seeds.org("world-bank"), Seeds.org("wco"));
        assertThat(model.listSubjectsWithProperty(RDF.type, IKG.Commission).mapWith(Resource::getURI).toList())
                .containsExactlyInAnyOrder(Seeds.org("ssc"), Seeds.org("wcel"), Seeds.org("wcpa"), Seeds.org("cec"),
                        Seeds.org("ceesp"), Seeds.org("cem"), Seeds.org("climate-crisis-commission"));
        assertThat(unitOf("orchid-specialist-group")).isEqualTo(Seeds.org("ssc"));
        assertThat(unitOf("ccsg")).isEqualTo(Seeds.org("wcpa"));
        assertThat(unitOf("suli")).isEqualTo(Seeds.org("ssc"));
        assertThat(unitOf("iucn-esaro")).isEqualTo(Seeds.org("iucn-secretariat"));
        assertThat(unitOf("fdpm-silviculture-division")).isEqualTo(Seeds.org("fdpm"));
        assertThat(model.getResource(Seeds.org("bmub")).getProperty(SKOS.closeMatch).getResource().getURI()).isEqualTo(Seeds.org("bmuv"));
    }

    @Test
    void curatedNamesAreUnambiguousAndFarApart() {
        List<String[]> names = new ArrayList<>();
        for (Resource o : model.listSubjectsWithProperty(RDF.type, ORG.Organization).toList()) {
            for (var p : List.of(RDFS.label, SKOS.altLabel)) {
                o.listProperties(p).forEach(s -> names.add(new String[] {Names.normalise(s.getString()), o.getURI()}));
            }
        }
        for (String[] a : names) {
            for (String[] b : names) {
                if (a[1].equals(b[1]) || a[0].length() < OrganisationMatcher.MIN_FUZZY_LENGTH) continue;
                assertThat(Names.similarity(a[0], b[0], OrganisationMatcher.SAME))
                        .as("'%s' (%s) vs '%s' (%s)", a[0], a[1], b[0], b[1]).isLessThan(OrganisationMatcher.SAME);
            }
        }
    }

    @Test
    void eventsCarryTypedDatesPlacesAndCountries() {
        Resource sc66 = model.getResource(Seeds.IRIS.event("cites-sc66").getURI());
        assertThat(sc66.hasProperty(RDF.type, SCHEMA.Event)).isTrue();
        assertThat(date(sc66, SCHEMA.startDate)).isEqualTo(model.createTypedLiteral("2016-01-11", XSDDatatype.XSDdate));
        assertThat(date(sc66, SCHEMA.endDate)).isEqualTo(model.createTypedLiteral("2016-01-15", XSDDatatype.XSDdate));
        assertThat(sc66.getProperty(IKG.place).getString()).isEqualTo("Geneva");
        Resource wcc2020 = model.getResource(Seeds.IRIS.event("wcc-2020").getURI());
        assertThat(date(wcc2020, SCHEMA.startDate)).isEqualTo(model.createTypedLiteral("2021-09", XSDDatatype.XSDgYearMonth));
        assertThat(wcc2020.getProperty(IKG.country).getResource().getURI()).isEqualTo(Seeds.IRIS.country("FR").getURI());
        assertThat(wcc2020.hasProperty(RDF.type, IKG.Congress)).isTrue();
        assertThat(model.getResource(Seeds.IRIS.event("brazzaville-conference-2015").getURI()).getProperty(IKG.country).getResource().getURI())
                .isEqualTo(Seeds.IRIS.country("CG").getURI());
        assertThat(model.listSubjectsWithProperty(RDF.type, IKG.Event).toList()).hasSize(24)
                .allSatisfy(e -> assertThat(e.hasProperty(SCHEMA.startDate)).isTrue());
    }

    @Test
    void referenceResourcesCarryNoProvenanceAndFollowTheConfiguredBase() {
        assertThat(model.contains(null, PROV.wasDerivedFrom)).isFalse();
        Resource referenceGraph = model.createResource(Seeds.IRIS.referenceGraph());
        assertThat(model.listSubjects().toList()).hasSize(249 + model.listSubjectsWithProperty(RDF.type, ORG.Organization).toList().size() + 24)
                .allSatisfy(r -> assertThat(r.hasProperty(DCTerms.source, referenceGraph)).as(r.getURI()).isTrue());
        Model elsewhere = ReferenceData.load(new Iris("https://example.org/kg")).model();
        assertThat(elsewhere.containsResource(elsewhere.createResource("https://example.org/kg/id/org/awf"))).isTrue();
        assertThat(elsewhere.listSubjects().filterKeep(s -> s.getURI().startsWith(Iris.DEFAULT_BASE)).toList()).isEmpty();
    }

    @Test
    void aCurationMistakeIsReportedWithEveryProblem(@TempDir Path dir) throws IOException {
        List<Bundled.File> files = new ArrayList<>();
        for (Bundled.File f : Bundled.reference()) {
            Path copy = dir.resolve(f.name());
            String text = new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (f.name().equals("organisations.csv")) text = text.replace("latf,Lusaka Agreement Task Force,LATF,,,KE,organisation,,,",
                    "latf,Lusaka Agreement Task Force,LATF,,,XX,unit,lusaka,,");
            if (f.name().equals("events.csv")) text = text.replace("2013-12", "2013-13");
            Files.writeString(copy, text);
            files.add(new Bundled.File(f.name(), new FileSystemResource(copy)));
        }
        assertThatThrownBy(() -> ReferenceData.of(Seeds.IRIS, files)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("organisation latf: country 'XX'")
                .hasMessageContaining("organisation latf: unitOf 'lusaka'")
                .hasMessageContaining("event african-elephant-summit-2013: '2013-13' is not a date");
    }

    private String label(Resource r) { return model.getResource(r.getURI()).getProperty(RDFS.label).getString(); }

    private String unitOf(String key) { return model.getResource(Seeds.org(key)).getProperty(ORG.unitOf).getResource().getURI(); }

    private static Literal date(Resource r, org.apache.jena.rdf.model.Property p) { return r.getProperty(p).getLiteral(); }
}
