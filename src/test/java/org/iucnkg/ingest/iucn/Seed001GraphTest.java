package org.iucnkg.ingest.iucn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.iucnkg.model.SCHEMA;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 001: progress report on WCC 2020 Res 040 (wildlife cybercrime), read into RDF with the real resolver. */
class Seed001GraphTest {

    private static Graphs.Parsed g;

    @BeforeAll
    static void parse() { g = Graphs.parse(Texts.seed("001")); }

    @Test
    void thirteenNamedMembersWithTheirCountriesAndOneKnownOnlyByItsIdCode() {
        Map<String, String> countries = new TreeMap<>();
        for (String member : g.values(g.report(), IKG.implementingMember)) {
            if (!member.startsWith("org/member-")) countries.put(member, g.value(g.id(member), IKG.country));
        }
        assertThat(countries).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("org/wwf-belgium", "country/BE"), Map.entry("org/wwf-france", "country/FR"), Map.entry("org/meae", "country/FR"),
                Map.entry("org/afdpz", "country/FR"), Map.entry("org/wti", "country/IN"), Map.entry("org/awf", "country/KE"),
                Map.entry("org/ptop-salamandra", "country/PL"), Map.entry("org/ecpz", "country/RU"), Map.entry("org/sscw", "country/SY"),
                Map.entry("org/wwf-international", "country/CH"), Map.entry("org/ifaw", "country/US"), Map.entry("org/nrdc", "country/US"),
                Map.entry("org/ccf", "country/NA")));
        Resource byCode = g.id("org/member-6a10cf2b-0d25-e311-83d9-002655853524");
        assertThat(g.values(g.report(), IKG.implementingMember)).contains("org/member-6a10cf2b-0d25-e311-83d9-002655853524").hasSize(14);
        assertThat(g.value(byCode, IKG.memberId)).isEqualTo("6A10CF2B-0D25-E311-83D9-002655853524");
        assertThat(g.values(byCode, RDF.type)).contains("https://w3id.org/iucn-kg/ontology#IUCNMember");
        assertThat(g.values(g.id("org/ifaw"), IKG.worksOn)).containsExactly("instrument/wcc-2020-res-040");
    }

    @Test
    void speciesSurvivalCommissionWithItsMandate() {
        assertThat(g.values(g.report(), IKG.implementingCommission)).containsExactly("org/ssc");
        assertThat(g.values(g.report(), IKG.commissionMandate)).containsExactly("mandate/ssc-2021-2025");
        Resource mandate = g.id("mandate/ssc-2021-2025");
        assertThat(g.value(mandate, IKG.mandateOf)).isEqualTo("org/ssc");
        assertThat(g.value(mandate, IKG.mandateStartYear)).isEqualTo("2021");
        assertThat(g.value(mandate, IKG.mandateEndYear)).isEqualTo("2025");
        assertThat(mandate.getProperty(IKG.mandateStartYear).getLiteral().getDatatypeURI()).endsWith("#gYear");
    }

    @Test
    void secretariatPartnersCategoriesPlansAndStatus() {
        assertThat(g.value(g.report(), IKG.secretariatInvolved)).isEqualTo("true");
        assertThat(g.values(g.report(), IKG.implementingPartner))
                .containsExactlyInAnyOrder("org/fdpm", "org/belgian-customs", "org/interpol", "org/traffic", "org/world-bank");
        assertThat(g.values(g.report(), IKG.actionCategory)).hasSize(6).contains("concept/action-categories/field-activities");
        assertThat(g.value(g.report(), IKG.actionsPlanned)).isEqualTo("true");
        assertThat(g.value(g.report(), IKG.implementationStatus)).isEqualTo("concept/implementation-statuses/on-going");
        assertThat(g.values(g.report(), IKG.hasActivity)).hasSize(14);
        assertThat(g.values(g.report(), IKG.plannedAction)).hasSize(7);
    }

    @Test
    void bracketedOperativeParagraphsAndTheOrganisationsTheActivityNames() {
        Resource unite = g.activity(1);
        assertThat(g.values(unite, IKG.operativeParagraph)).containsExactlyInAnyOrder("OP2", "OP4.b");
        assertThat(g.values(unite, IKG.involves)).contains("org/ifaw", "org/wwf-international");
        assertThat(g.value(unite, IKG.actionCategory)).isEqualTo("concept/action-categories/capacity-building");
        assertThat(g.value(unite, IKG.order)).isEqualTo("1");
    }

    @Test
    void mayWorkshopWithItsConvenersAndFunder() {
        Resource workshop = g.activity(3);
        assertThat(g.value(workshop, IKG.activityDate)).isEqualTo("2021-05");
        assertThat(g.values(workshop, IKG.involves)).containsExactlyInAnyOrder("org/ifaw", "org/wwf-international", "org/interpol",
                "org/traffic", "org/belgian-customs", "org/european-union");
        Resource event = g.mintedEvent(workshop);
        assertThat(event.getURI()).endsWith("/event/cross-sector-workshop-on-wildlife-cybercrime-2021-05");
        assertThat(g.value(event, RDFS.label)).isEqualTo("cross-sector workshop on wildlife cybercrime");
        assertThat(g.value(event, SCHEMA.startDate)).isEqualTo("2021-05");
        assertThat(g.values(event, SCHEMA.organizer)).as("the EU gave money, it did not convene")
                .containsExactlyInAnyOrder("org/ifaw", "org/wwf-international", "org/interpol", "org/traffic", "org/belgian-customs");
    }

    @Test
    void listsLawsAndAppendicesNamedAfterAnOrganisationDoNotInvolveIt() {
        assertThat(g.values(g.planned(7), IKG.involves)).as("IUCN Red List Status, IUCN Green List Status, and CITES Appendix")
                .containsExactly("org/orchid-specialist-group");
        assertThat(g.values(g.activity(8), IKG.involves)).as("EU Digital Service Act, EU EnviCrime Directive, ...")
                .containsExactly("org/ifaw");
        assertThat(g.values(g.activity(8), IKG.concernsCountry)).as("the UK Ivory Act is British law").containsExactly("country/GB");
        assertThat(g.values(g.activity(6), IKG.involves)).doesNotContain("org/cites").contains("org/cites-plants-committee");
    }

    @Test
    void misspeltWhistleblowerCentreIsTheSameOrganisationAsInSeed002() {
        assertThat(g.values(g.activity(7), IKG.involves)).containsExactly("org/nwc");
        Graphs.Parsed seed002 = Graphs.parse(Texts.seed("002"));
        assertThat(seed002.values(seed002.report(), IKG.implementingMember)).contains("org/nwc");
    }

    @Test
    void countriesAreNamedOnceAndOnlyPlacedWhereTheTextPlacesThem() {
        assertThat(g.values(g.activity(2), IKG.concernsCountry)).containsExactly("country/MY");
        assertThat(g.values(g.activity(2), IKG.country)).isEmpty();
        assertThat(g.values(g.activity(12), IKG.concernsCountry)).containsExactly("country/US");
        assertThat(g.values(g.activity(12), IKG.country)).isEmpty();
    }

    @Test
    void plannedSideEventAtTheNextCop() {
        Resource plan = g.planned(1);
        assertThat(g.values(plan, IKG.atEvent)).contains("event/cites-cop19");
        assertThat(g.value(plan, IKG.actionCategory)).isEqualTo("concept/action-categories/convene-stakeholders-networking");
        assertThat(g.values(plan, IKG.concernsCountry)).containsExactly("country/CR");
        Resource sideEvent = g.mintedEvent(plan);
        assertThat(g.value(sideEvent, RDFS.label))
                .isEqualTo("Creating a coordinated approach to combat wildlife crime linked to the internet");
        assertThat(g.value(sideEvent, SCHEMA.superEvent)).isEqualTo("event/cites-cop19");
        assertThat(g.values(sideEvent, SCHEMA.organizer)).containsExactly("org/ifaw");
        assertThat(g.values(sideEvent, SCHEMA.startDate)).as("the text gives no date").isEmpty();
        assertThat(g.value(g.planned(4), IKG.actionCategory)).isEqualTo("concept/action-categories/other");
    }
}
