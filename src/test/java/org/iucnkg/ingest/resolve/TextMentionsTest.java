package org.iucnkg.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iucnkg.ingest.resolve.Seeds.org;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.ingest.resolve.EntityResolver.Mention;
import org.junit.jupiter.api.Test;

/** Organisations, countries and events named in the seeds' free text. */
class TextMentionsTest {
    private final ReferenceResolver resolver = Seeds.freshResolver();
    private final Model out = ModelFactory.createDefaultModel();

    @Test
    void organisationsInTheCybercrimeWorkshopSentence() {
        String sentence = Seeds.lineWith("001", "BE Customs");
        assertThat(keys(resolver.organisationsIn(out, sentence)))
                .containsExactly("ifaw", "wwf-international", "interpol", "traffic", "belgian-customs", "european-union");
        assertThat(out.isEmpty()).isTrue();
    }

    @Test
    void possessivesAndTheLongestNameWin() {
        assertThat(keys(resolver.organisationsIn(out, Seeds.lineWith("001", "Through IFAWs work"))))
                .containsExactly("ifaw", "coalition-end-wildlife-trafficking-online");
        List<Mention> orchids = resolver.organisationsIn(out, Seeds.lineWith("001", "To further the IUCN SSC Orchid"));
        assertThat(keys(orchids)).as("'CITES Appendix I or II' names the appendices, not CITES (WorkTitlesTest)")
                .containsExactly("orchid-specialist-group", "ssc", "fdpm-silviculture-division", "cites-plants-committee");
        assertThat(orchids.get(0).text()).isEqualTo("IUCN SSC Orchid Specialist Groups");
    }

    @Test
    void aMisspeltNameInTextIsFoundAndItsSpellingKept() {
        List<Mention> nwc = resolver.organisationsIn(out, Seeds.lineWith("001", "The National Whistleblower Cente widely"));
        assertThat(nwc).singleElement().satisfies(m -> {
            assertThat(m.resource().getURI()).isEqualTo(org("nwc"));
            assertThat(m.text()).isEqualTo("National Whistleblower Cente");
        });
        assertThat(out.getResource(org("nwc")).getProperty(SKOS.altLabel).getString()).isEqualTo("National Whistleblower Cente");
        assertThat(resolver.notes()).hasSize(1);
    }

    @Test
    void programmesResolveToTheirOwner() {
        String sentence = Seeds.lineWith("000", "People Not Poaching");
        assertThat(keys(resolver.organisationsIn(out, sentence))).containsExactly("suli", "iied", "bmub", "bmz", "giz", "defra");
    }

    @Test
    void theEcosocParagraphNamesTheConsortiumAndItsPartners() {
        String paragraph = Seeds.lineWith("003", "a collaboration among the secretariat");
        assertThat(keys(resolver.organisationsIn(out, paragraph))).containsExactly(
                "iccwc", "cites-secretariat", "interpol", "interpol", "unodc", "world-bank", "wco",
                "unep", "fao", "wto", "unctad");
    }

    @Test
    void treatiesNamedAfterTheUnAreNotMentionsOfTheUn() {
        String paragraph = Seeds.lineWith("003", "UN Convention against Corruption");
        List<String> keys = keys(resolver.organisationsIn(out, paragraph));
        assertThat(keys).doesNotContain("united-nations").contains("ccpcj", "unep", "undp", "afdb", "adb", "iucn");
    }

    @Test
    void citesBodiesByTheirShortNames() {
        assertThat(keys(resolver.organisationsIn(out, Seeds.lineWith("003", "Reported to CITES CoP on ICCWC"))))
                .containsExactly("cites-cop", "iccwc");
        assertThat(keys(resolver.organisationsIn(out, Seeds.lineWith("003", "Reported to the CITES SC on the launch"))))
                .containsExactly("cites-standing-committee", "iccwc", "iccwc", "iccwc");
        assertThat(keys(resolver.organisationsIn(out, "a side event at CITES CoP18"))).containsExactly("cites");
    }

    @Test
    void countriesInText() {
        assertThat(codes(resolver.countriesIn(Seeds.lineWith("000", "familiarisation workshop"))))
                .containsExactly("BW", "NA", "ZM", "ZW", "AO");
        assertThat(codes(resolver.countriesIn("USAID and the UK Ivory Act; the Democratic Republic of the Congo, the Congo and DRC")))
                .containsExactly("GB", "CD", "CG", "CD");
        assertThat(resolver.countriesIn("a wild turkey in New Jersey; Peninsular Malaysia")).extracting(Mention::text)
                .containsExactly("Malaysia");
    }

    @Test
    void countryNamesOfTheToolkitTable() {
        List<String> parties = Seeds.text("003").lines().filter(l -> l.contains("\t✓")).map(l -> l.split("\t")[0]).toList();
        assertThat(parties.stream().map(p -> resolver.country(p).orElseThrow().getURI().replaceAll(".*/", "")))
                .containsExactly("AO", "BS", "BD", "BA", "BW", "CG", "CD", "GA", "KE", "MG", "MX", "MZ", "NP", "PE", "TG", "TZ", "VN");
    }

    @Test
    void countryNames() {
        assertThat(code("DRC")).isEqualTo("CD");
        assertThat(code("Congo")).isEqualTo("CG");
        assertThat(code("Vietnam")).isEqualTo("VN");
        assertThat(code("United Republic of Tanzania")).isEqualTo("TZ");
        assertThat(code("The Netherlands")).isEqualTo("NL");
        assertThat(code("Russia")).isEqualTo("RU");
        assertThat(code("Syria")).isEqualTo("SY");
        assertThat(code("Côte d’Ivoire")).isEqualTo("CI");
        assertThat(code("KE")).isEqualTo("KE");
        assertThat(code("GBR")).isEqualTo("GB");
        assertThat(resolver.country("Atlantis")).isEmpty();
    }

    @Test
    void knownEventsInTheSeeds() {
        assertThat(events(Seeds.lineWith("000", "side event at CITES CoP18"))).containsExactly("cites-cop18");
        assertThat(events(Seeds.lineWith("000", "Community Voices"))).containsExactly("iwt-conference-lima-2019");
        assertThat(events(Seeds.lineWith("001", "CoP19 of CITES"))).containsExactly("cites-cop19");
        assertThat(events(Seeds.lineWith("004", "14th Conference of the Parties"))).containsExactly("cbd-cop14");
        assertThat(events(Seeds.text("003"))).startsWith("cites-sc66").contains(
                "iccwc-tiger-crime-seminar-2012", "london-iwt-conference-2014", "kasane-iwt-conference-2015",
                "brazzaville-conference-2015", "afdb-annual-meeting-2013", "african-elephant-summit-2013",
                "gtrp-stocktaking-2014", "arusha-summit-2014", "cites-rhino-dialogue-2015", "cites-cop16");
        assertThat(resolver.eventsIn("the UNFCCC COP18 in Doha")).isEmpty();
    }

    @Test
    void scanningIsFast() {
        String text = Seeds.text("003");
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) resolver.organisationsIn(out, text);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 200 scans of 25 kB").isLessThan(5_000);
    }

    private String code(String name) { return resolver.country(name).orElseThrow().getURI().replaceAll(".*/", ""); }

    private static List<String> keys(List<Mention> mentions) {
        return mentions.stream().map(m -> m.resource().getURI().replace(Seeds.IRIS.idBase() + "org/", "")).toList();
    }

    private static List<String> codes(List<Mention> mentions) {
        return mentions.stream().map(m -> m.resource().getURI().replaceAll(".*/", "")).toList();
    }

    private List<String> events(String text) {
        return resolver.eventsIn(text).stream().map(m -> m.resource().getURI().replaceAll(".*/", "")).toList();
    }
}
