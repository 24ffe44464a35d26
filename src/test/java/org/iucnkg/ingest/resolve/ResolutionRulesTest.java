package org.iucnkg.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iucnkg.ingest.resolve.Seeds.org;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.ingest.resolve.EntityResolver.OrgName;
import org.iucnkg.model.IKG;
import org.junit.jupiter.api.Test;

/** The resolution rules of {@link ReferenceResolver}, one by one, with names from the seeds. */
class ResolutionRulesTest {
    private final ReferenceResolver resolver = Seeds.freshResolver();
    private final Model out = ModelFactory.createDefaultModel();

    @Test
    void alternativeNamesResolveToTheCuratedOrganisation() {
        assertThat(uri("UN Environment")).isEqualTo(org("unep"));
        assertThat(uri("BE Customs")).isEqualTo(org("belgian-customs"));
        assertThat(uri("UK DEFRA")).isEqualTo(org("defra"));
        assertThat(uri("ICPO-INTERPOL")).isEqualTo(org("interpol"));
        assertThat(uri("United Nations Office on Drugs and Crime")).isEqualTo(org("unodc"));
        assertThat(uri("the World Customs Organisation")).isEqualTo(org("wco"));
        assertThat(out.isEmpty()).as("reference organisations under a curated name need nothing written").isTrue();
    }

    @Test
    void aProgrammeResolvesToItsOwnerWithoutBecomingAName() {
        assertThat(uri("UK Defra IWT Challenge Fund")).isEqualTo(org("defra"));
        assertThat(out.isEmpty()).isTrue();
    }

    @Test
    void aNewSpellingOfAReferenceOrganisationIsWrittenAsAltLabelOnly() {
        assertThat(uri("Tanzania  Natural Resource Forum")).isEqualTo(org("tnrf"));
        Resource tnrf = out.getResource(org("tnrf"));
        assertThat(tnrf.listProperties(SKOS.altLabel).mapWith(s -> s.getString()).toList())
                .containsExactly("Tanzania Natural Resource Forum");
        assertThat(out.size()).isEqualTo(1);
    }

    @Test
    void aNearMisspellingMergesKeepsTheSpellingAndSaysSo() {
        assertThat(uri("National Whistleblower Cente")).isEqualTo(org("nwc"));
        assertThat(out.getResource(org("nwc")).getProperty(SKOS.altLabel).getString()).isEqualTo("National Whistleblower Cente");
        assertThat(resolver.notes()).singleElement().asString()
                .contains("'National Whistleblower Cente' read as 'National Whistleblower Center'");
    }

    @Test
    void aMediumSimilarityMintsASecondResourceWithCloseMatch() {
        Resource fund = resolver.organisation(out, new OrgName("Natural Resources Defense Fund", null, "United States of America", null));
        assertThat(fund.getURI()).isEqualTo(org("natural-resources-defense-fund"));
        assertThat(fund.getProperty(SKOS.closeMatch).getResource().getURI()).isEqualTo(org("nrdc"));
        assertThat(fund.getProperty(RDFS.label).getString()).isEqualTo("Natural Resources Defense Fund");
        assertThat(resolver.notes()).singleElement().asString()
                .contains("'Natural Resources Defense Fund' resembles 'Natural Resources Defense Council'", "kept apart");
    }

    @Test
    void theSameNameInAnotherCountryIsKeptApart() {
        Resource us = resolver.organisation(out, new OrgName("African Wildlife Foundation", "AWF", "United States of America", null));
        assertThat(us.getURI()).isEqualTo(org("african-wildlife-foundation"));
        assertThat(us.getProperty(SKOS.closeMatch).getResource().getURI()).isEqualTo(org("awf"));
        assertThat(resolver.organisation(out, new OrgName("African Wildlife Foundation", "AWF", "Kenya", null)).getURI()).isEqualTo(org("awf"));
        assertThat(resolver.organisation(out, new OrgName("African Wildlife Foundation", "AWF", "USA", null))).isEqualTo(us);
        assertThat(resolver.notes()).singleElement().asString().contains("listed in US but known in KE");
    }

    @Test
    void acronymsAreCaseSensitiveHyphenSpacingAndPossessiveTolerant() {
        assertThat(resolver.knownOrganisation(out, "WWF - UK").orElseThrow().getURI()).isEqualTo(org("wwf-uk"));
        assertThat(resolver.knownOrganisation(out, "WWF-UK").orElseThrow().getURI()).isEqualTo(org("wwf-uk"));
        assertThat(resolver.knownOrganisation(out, "IFAW's").orElseThrow().getURI()).isEqualTo(org("ifaw"));
        assertThat(resolver.knownOrganisation(out, "IFAWs").orElseThrow().getURI()).isEqualTo(org("ifaw"));
        assertThat(resolver.knownOrganisation(out, "Ifaw")).isEmpty();
        assertThat(out.isEmpty()).isTrue();
    }

    @Test
    void anAcronymWithARelatedNameMergesAndWithAnUnrelatedNameDoesNot() {
        Resource wti = resolver.organisation(out, new OrgName("Wildlife Trust of India Foundation", "WTI", "India", null));
        assertThat(wti.getURI()).isEqualTo(org("wti"));
        assertThat(wti.getProperty(SKOS.altLabel).getString()).isEqualTo("Wildlife Trust of India Foundation");
        Resource other = resolver.organisation(out, new OrgName("World Tourism Institute", "WTI", "India", null));
        assertThat(other.getURI()).isEqualTo(org("world-tourism-institute"));
    }

    @Test
    void aSharedAcronymIsDisambiguatedByCountry() {
        resolver.organisation(out, new OrgName("Cheetah Conservation Foundation", "CCF", "South Africa", null));
        assertThat(resolver.organisation(out, new OrgName("CCF", null, "South Africa", null)).getURI())
                .isEqualTo(org("cheetah-conservation-foundation"));
        assertThat(resolver.organisation(out, new OrgName("CCF", null, "Namibia", null)).getURI()).isEqualTo(org("ccf"));
    }

    @Test
    void aNewOrganisationIsMintedOnceAndRememberedForTheText() {
        Resource ste = resolver.organisation(out, new OrgName("Save the Elephants", "STE", "Kenya", null));
        assertThat(ste.getURI()).isEqualTo(org("save-the-elephants"));
        assertThat(ste.listProperties(RDFS.label).toList()).singleElement().extracting(s -> s.getString()).isEqualTo("Save the Elephants");
        assertThat(ste.hasProperty(RDF.type, ORG.Organization)).isTrue();
        assertThat(ste.getProperty(IKG.acronym).getString()).isEqualTo("STE");
        assertThat(ste.getProperty(IKG.country).getResource().getURI()).isEqualTo(Seeds.IRIS.country("KE").getURI());
        assertThat(resolver.organisationsIn(out, "Save the Elephants (STE) and AWF met KWS."))
                .extracting(m -> m.resource().getURI())
                .containsExactly(org("save-the-elephants"), org("save-the-elephants"), org("awf"), org("kws"));
    }

    @Test
    void anOrganisationNamedLikeACountryDoesNotCaptureTheCountryInText() {
        resolver.organisation(out, OrgName.named("Costa Rica"));
        assertThat(resolver.organisationsIn(out, Seeds.lineWith("001", "co-host with Costa Rica"))).extracting(m -> m.text())
                .containsExactly("CITES", "IFAW", "CITES");
    }

    @Test
    void aMemberKnownOnlyByItsIdGetsAStableIriAndLabel() {
        Resource first = resolver.organisation(out, OrgName.named("6A10CF2B-0D25-E311-83D9-002655853524"));
        Resource again = resolver.organisation(out, new OrgName(null, null, null, "6A10CF2B-0D25-E311-83D9-002655853524"));
        assertThat(first).isEqualTo(again);
        assertThat(first.getURI()).isEqualTo(org("member-6a10cf2b-0d25-e311-83d9-002655853524"));
        assertThat(first.listProperties(RDFS.label).toList()).hasSize(1);
    }

    @Test
    void placeholdersAndGenericPhrasesAreNotOrganisations() {
        for (String none : List.of("No other Members are/have been involved", "No Commissions are/have been involved",
                "Pas d'autres Membres sont / ont été impliqués", "No hay otros Miembros involucrados", "I do not know",
                "N/A", "None", "")) {
            assertThat(Placeholders.isPlaceholder(none)).as(none).isTrue();
            assertThat(resolver.isOrganisationName(none)).as(none).isFalse();
            assertThatThrownBy(() -> resolver.organisation(out, OrgName.named(none)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("placeholder");
        }
        for (String generic : List.of("Multilateral institutions", "Local Communities", "NGOs", "Civil Society", "the private sector")) {
            assertThat(Placeholders.looksLikeOrganisationName(generic)).as(generic).isFalse();
        }
        assertThatThrownBy(() -> resolver.organisation(out, OrgName.named("Multilateral institutions")))
                .hasMessageContaining("generic phrase");
        assertThat(resolver.isOrganisationName("Cellebrite")).isTrue();
        assertThat(resolver.isOrganisationName("Re:wild")).isTrue();
        assertThat(resolver.isOrganisationName("Kenya Wildlife Service")).isTrue();
        assertThat(out.isEmpty()).isTrue();
    }

    @Test
    void anUnknownCountryIsReportedNotGuessed() {
        Resource r = resolver.organisation(out, new OrgName("Atlantis Wildlife Society", null, "Atlantis", null));
        assertThat(r.hasProperty(IKG.country)).isFalse();
        assertThat(resolver.notes()).singleElement().asString().contains("country 'Atlantis'");
    }

    private String uri(String name) { return resolver.organisation(out, OrgName.named(name)).getURI(); }
}
