package org.iucnkg.ingest.iucn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.iucnkg.model.SCHEMA;
import org.junit.jupiter.api.Test;

/** The fixture variants read into RDF with the real resolver. */
class VariantGraphsTest {

    @Test
    void recommendationMembersWithoutAcronymWithTwoAcronymsAndNoPlaceholderOrganisations() {
        Graphs.Parsed g = Graphs.parse(Texts.fixture("rec-cookie-banner.txt"));
        Resource instrument = g.id("instrument/wcc-2016-rec-103");
        assertThat(g.values(instrument, RDF.type)).contains(IKG.NS + "Recommendation", IKG.NS + "Resolution", IKG.NS + "PolicyInstrument");
        assertThat(g.values(g.report(), IKG.implementingMember)).containsExactlyInAnyOrder("org/re-wild",
                "org/wildlife-conservation-society", "org/biodiversity-collections-of-the-california-academy-of-sciences");
        Resource wcs = g.id("org/wildlife-conservation-society");
        assertThat(g.value(wcs, RDFS.label)).isEqualTo("Wildlife Conservation Society");
        assertThat(g.values(wcs, IKG.acronym)).as("'( )' is no acronym").isEmpty();
        assertThat(g.value(wcs, IKG.country)).isEqualTo("country/US");
        assertThat(g.values(g.id("org/biodiversity-collections-of-the-california-academy-of-sciences"), IKG.acronym))
                .containsExactlyInAnyOrder("BC", "CAS");
        assertThat(g.values(g.report(), IKG.implementingCommission)).isEmpty();
        assertThat(g.values(g.report(), IKG.implementingPartner)).containsExactly("org/traffic");
        assertThat(g.model().listSubjectsWithProperty(RDFS.label).toList()).extracting(r -> r.getProperty(RDFS.label).getString())
                .noneMatch(l -> l.startsWith("No other") || l.startsWith("No Commissions") || l.contains("NGOs") || l.contains("Civil"));
        assertThat(g.values(g.report(), IKG.unparsedText))
                .containsExactlyInAnyOrder("We worked with several local NGOs and the ministry", "Civil Society Organisations");
        assertThat(g.ctx().warnings()).containsExactlyInAnyOrder(
                "Other non-IUCN related organisations: not an organisation name: We worked with several local NGOs and the ministry",
                "Other non-IUCN related organisations: not an organisation name: Civil Society Organisations");
        assertThat(g.value(g.report(), IKG.secretariatInvolved)).isEqualTo("false");
        assertThat(g.value(g.report(), IKG.actionsPlanned)).isEqualTo("false");
        assertThat(g.value(g.report(), IKG.implementationStatus)).isEqualTo("concept/implementation-statuses/initiated");
        assertThat(g.value(g.activity(1), IKG.country)).isEqualTo("country/EC");
        assertThat(g.value(g.activity(2), IKG.citedURL)).isEqualTo("http://www.rewild.org/jambato");
    }

    @Test
    void decisionWithOneCommissionListedForTwoMandates() {
        Graphs.Parsed g = Graphs.parse(Texts.fixture("dec-reordered.txt"));
        assertThat(g.values(g.id("instrument/wcc-2020-dec-147"), RDF.type)).contains(IKG.NS + "Decision", IKG.NS + "Resolution");
        assertThat(g.value(g.id("instrument/wcc-2020-dec-147"), IKG.adoptedAt)).isEqualTo("event/wcc-2020");
        assertThat(g.values(g.report(), IKG.implementingCommission)).containsExactly("org/wcel");
        assertThat(g.values(g.report(), IKG.commissionMandate)).containsExactly("mandate/wcel-2013-2016", "mandate/wcel-2021-2025");
        assertThat(g.value(g.id("mandate/wcel-2013-2016"), IKG.mandateOf)).isEqualTo("org/wcel");
        assertThat(g.value(g.report(), IKG.implementationStatus)).isEqualTo("concept/implementation-statuses/completed");
        assertThat(g.values(g.report(), IKG.secretariatInvolved)).as("'I do not know'").isEmpty();
        assertThat(g.value(g.report(), IKG.unparsedText)).isEqualTo("Research and monitoring");
        assertThat(g.ctx().warnings()).containsExactly("action category: Research and monitoring");
        Resource workshop = g.mintedEvent(g.activity(1));
        assertThat(g.value(workshop, SCHEMA.startDate)).isEqualTo("2022-03-14");
        assertThat(g.value(workshop, IKG.country)).isEqualTo("country/KE");
        assertThat(g.value(workshop, IKG.place)).isEqualTo("Nairobi");
    }

    @Test
    void frenchAndSpanishReportsGiveTheSameGraphStructureAsTheEnglishOne() {
        Graphs.Parsed en = Graphs.parse(Texts.fixture("progress-en.txt"));
        List<Property> structure = List.of(IKG.reportsOn, IKG.implementingMember, IKG.implementingCommission, IKG.commissionMandate,
                IKG.implementingPartner, IKG.actionCategory, IKG.implementationStatus, IKG.secretariatInvolved, IKG.actionsPlanned);
        assertThat(en.values(en.report(), IKG.implementingMember))
                .containsExactlyInAnyOrder("org/iied", "org/member-6a10cf2b-0d25-e311-83d9-002655853524");
        assertThat(en.values(en.report(), IKG.commissionMandate)).containsExactly("mandate/ssc-2017-2020");
        assertThat(en.values(en.report(), IKG.implementingPartner)).containsExactlyInAnyOrder("org/traffic", "org/tnrf");
        assertThat(en.value(en.report(), IKG.reportsOn)).isEqualTo("instrument/wcc-2016-res-025");
        Resource dialogue = en.mintedEvent(en.planned(1));
        assertThat(en.value(dialogue, RDFS.label)).isEqualTo("national dialogue on community scouts");
        assertThat(en.value(dialogue, SCHEMA.startDate)).isEqualTo("2020");
        assertThat(en.value(dialogue, IKG.country)).isEqualTo("country/TZ");
        for (String translated : List.of("progress-fr.txt", "progress-es.txt")) {
            Graphs.Parsed t = Graphs.parse(Texts.fixture(translated));
            for (Property p : structure) {
                assertThat(t.values(t.report(), p)).as(translated + " " + p.getLocalName()).isEqualTo(en.values(en.report(), p));
            }
            assertThat(t.values(t.report(), IKG.hasActivity)).as(translated).hasSize(2);
            assertThat(t.value(t.activity(1), IKG.actionCategory)).isEqualTo("concept/action-categories/capacity-building");
            assertThat(t.value(t.activity(1), IKG.activityDate)).as(translated).isEqualTo("2018-06");
            assertThat(t.value(t.report(), IKG.additionalInformation)).as(translated).endsWith("https://pubs.iied.org/17656IIED/");
        }
    }

    @Test
    void activityReportByAMemberWithItsHeaderAndTable() {
        Graphs.Parsed g = Graphs.parse(Texts.fixture("activity-report-en.txt"));
        assertThat(g.values(g.report(), RDF.type)).contains(IKG.NS + "ActivityReport", IKG.NS + "ProgressReport");
        assertThat(g.value(g.report(), IKG.reportedBy)).isEqualTo("org/ifaw");
        assertThat(g.values(g.id("org/ifaw"), RDF.type)).contains(IKG.NS + "IUCNMember");
        assertThat(g.value(g.report(), IKG.constituentType)).isEqualTo("Member");
        assertThat(g.value(g.report(), IKG.periodCovered)).isEqualTo("January 2013 - December 2015");
        assertThat(g.value(g.report(), IKG.periodStart)).isEqualTo("2013-01");
        assertThat(g.value(g.report(), IKG.periodEnd)).isEqualTo("2015-12");
        assertThat(g.value(g.report(), IKG.geographicScope)).isEqualTo("Regional (East Africa)");
        assertThat(g.values(g.report(), IKG.hasActivity)).hasSize(5);
        assertThat(g.value(g.activity(1), IKG.actionCategory)).isEqualTo("concept/action-categories/capacity-building");
        assertThat(g.value(g.activity(1), DCTerms.description)).startsWith("IFAW trained 40 rangers");
        assertThat(g.values(g.activity(1), IKG.involves)).containsExactlyInAnyOrder("org/ifaw", "org/kws");
        assertThat(g.values(g.activity(1), IKG.concernsCountry)).as("Kenya is part of the Kenya Wildlife Service's name").isEmpty();
        assertThat(g.value(g.activity(3), IKG.statusNote)).isEqualTo("Completed");
        assertThat(g.value(g.activity(5), IKG.actionCategory)).isEqualTo("concept/action-categories/fundraising");
        assertThat(g.value(g.activity(5), IKG.statusNote)).isEqualTo("Initiated");
        Resource workshop = g.mintedEvent(g.activity(4));
        assertThat(g.value(workshop, RDFS.label)).isEqualTo("regional workshop on demand reduction");
        assertThat(g.value(workshop, IKG.country)).isEqualTo("country/UG");
        assertThat(g.values(workshop, SCHEMA.organizer)).containsExactly("org/ifaw");
    }

    @Test
    void frenchActivityReportByACommission() {
        Graphs.Parsed g = Graphs.parse(Texts.fixture("activity-report-fr.txt"));
        assertThat(g.value(g.report(), IKG.reportedBy)).isEqualTo("org/wcpa");
        assertThat(g.values(g.id("org/wcpa"), RDF.type)).contains(IKG.NS + "Commission");
        assertThat(g.values(g.report(), IKG.commissionMandate)).containsExactly("mandate/wcpa-2013-2016");
        assertThat(g.value(g.report(), IKG.periodStart)).isEqualTo("2014-03-01");
        assertThat(g.report().getProperty(IKG.periodEnd).getLiteral().getDatatypeURI()).endsWith("#date");
        assertThat(g.value(g.activity(2), IKG.statusNote)).isEqualTo("Achevé");
        Resource atelier = g.mintedEvent(g.activity(2));
        assertThat(g.value(atelier, RDFS.label)).isEqualTo("atelier national sur la gestion des aires protégées");
        assertThat(g.value(atelier, IKG.country)).isEqualTo("country/GA");
        assertThat(g.values(atelier, SCHEMA.organizer)).containsExactly("org/wcpa");
    }

}
