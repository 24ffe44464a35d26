package org.iucnkg.ingest.iucn;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.iucnkg.model.SCHEMA;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 000: progress report on WCC 2016 Res 025 (communities and illegal wildlife trade). */
class Seed000GraphTest {

    private static final String IKG_NS = IKG.NS;
    private static Graphs.Parsed g;

    @BeforeAll
    static void parse() { g = Graphs.parse(Texts.seed("000")); }

    @Test
    void theInstrumentIsAResolutionAdoptedAtTheCongress() {
        Resource instrument = g.id("instrument/wcc-2016-res-025");
        assertThat(g.value(g.report(), IKG.reportsOn)).isEqualTo("instrument/wcc-2016-res-025");
        assertThat(g.values(instrument, RDF.type)).contains(IKG_NS + "Resolution", IKG_NS + "PolicyInstrument")
                .doesNotContain(IKG_NS + "Recommendation", IKG_NS + "Decision");
        assertThat(g.value(instrument, DCTerms.identifier)).isEqualTo("WCC-2016-Res-025");
        assertThat(g.model().listObjectsOfProperty(instrument, RDFS.label).toList()).hasSize(1);
        assertThat(g.value(instrument, IKG.congressYear)).isEqualTo("2016");
        assertThat(g.value(instrument, IKG.adoptedAt)).isEqualTo("event/wcc-2016");
    }

    @Test
    void tenMembersAndThreePartners() {
        assertThat(g.values(g.report(), IKG.implementingMember)).hasSize(10).contains("org/giz", "org/wwf-uk", "org/defra", "org/usaid");
        assertThat(g.values(g.report(), IKG.implementingPartner)).containsExactlyInAnyOrder("org/unep", "org/traffic", "org/tnrf");
        assertThat(g.values(g.report(), IKG.implementingCommission)).isEmpty();
        assertThat(g.values(g.report(), IKG.secretariatInvolved)).as("blank answer").isEmpty();
        assertThat(g.values(g.report(), IKG.actionsPlanned)).as("blank answer").isEmpty();
    }

    @Test
    void tenActivitiesInOrderWithTheirUrls() {
        assertThat(g.values(g.report(), IKG.hasActivity)).hasSize(10);
        assertThat(g.value(g.activity(4), IKG.citedURL)).isEqualTo("http://www.peoplenotpoaching.org");
        assertThat(g.value(g.activity(5), IKG.citedURL)).isEqualTo("https://pubs.iied.org/X00208/");
        assertThat(g.values(g.activity(8), IKG.citedURL)).containsExactlyInAnyOrder("https://pubs.iied.org/17715IIED/",
                "https://www.wwf.org.uk/sites/default/files/2019-08/WWF_IWT_Report_v8.pdf");
        assertThat(g.value(g.activity(10), IKG.order)).isEqualTo("10");
        assertThat(g.value(g.activity(2), RDFS.label))
                .isEqualTo("IUCN ESARO ran a familiarisation workshop for governments of Botswana, Namibia, Zambia…");
    }

    @Test
    void learningExchangeInKenya() {
        Resource activity = g.activity(9);
        assertThat(g.values(activity, IKG.involves)).containsExactlyInAnyOrder("org/iucn-esaro", "org/iied", "org/suli", "org/giz", "org/defra");
        assertThat(g.value(activity, IKG.country)).isEqualTo("country/KE");
        assertThat(g.value(activity, IKG.activityDate)).isEqualTo("2019-11");
        assertThat(activity.getProperty(IKG.activityDate).getLiteral().getDatatypeURI()).endsWith("#gYearMonth");
        Resource event = g.mintedEvent(activity);
        assertThat(event.getURI()).endsWith("/event/learning-exchange-on-communities-and-iwt-2019-11");
        assertThat(g.value(event, RDFS.label)).isEqualTo("learning exchange on communities and IWT");
        assertThat(g.value(event, SCHEMA.startDate)).isEqualTo("2019-11");
        assertThat(g.value(event, IKG.country)).isEqualTo("country/KE");
        assertThat(g.values(event, SCHEMA.organizer)).containsExactly("org/iucn-esaro");
        assertThat(g.values(event, RDF.type)).contains(IKG_NS + "Event", "https://schema.org/Event");
    }

    @Test
    void nationalDialogueInTanzania() {
        Resource event = g.mintedEvent(g.activity(10));
        assertThat(g.value(event, RDFS.label)).isEqualTo("national dialogue on communities and IWT");
        assertThat(g.value(event, SCHEMA.startDate)).isEqualTo("2019-12");
        assertThat(g.value(event, IKG.country)).isEqualTo("country/TZ");
        assertThat(g.values(event, SCHEMA.organizer)).containsExactly("org/tnrf");
        assertThat(g.values(g.activity(10), IKG.concernsCountry)).as("the forum's name is no second mention of Tanzania").isEmpty();
    }

    @Test
    void otherEventsOfTheResults() {
        Resource workshop = g.mintedEvent(g.activity(2));
        assertThat(g.value(workshop, RDFS.label)).isEqualTo("familiarisation workshop on the FLoD methodology");
        assertThat(g.values(workshop, SCHEMA.organizer)).containsExactly("org/iucn-esaro");
        assertThat(g.values(g.activity(2), IKG.concernsCountry))
                .containsExactlyInAnyOrder("country/BW", "country/NA", "country/ZM", "country/ZW", "country/AO");
        assertThat(g.values(g.activity(2), IKG.country)).isEmpty();

        Resource voices = g.mintedEvent(g.activity(6));
        assertThat(g.values(g.activity(6), IKG.atEvent)).as("the event was held prior to the Peru Conference, not at it")
                .containsExactly("event/community-voices-event-000-e0493410fdb9a2bc");
        assertThat(g.value(voices, RDFS.label)).isEqualTo("Community Voices event");
        assertThat(g.values(voices, SCHEMA.startDate)).as("October 2019 is the Lima conference's date").isEmpty();
        assertThat(g.values(voices, SCHEMA.organizer)).containsExactlyInAnyOrder("org/suli", "org/iied", "org/cifor");
        assertThat(g.values(g.activity(6), IKG.concernsCountry)).as("'Peru Conference' names an event, not Peru").isEmpty();

        Resource sideEvent = g.mintedEvent(g.activity(8));
        assertThat(g.value(sideEvent, RDFS.label)).isEqualTo("side event at CITES CoP18");
        assertThat(g.value(sideEvent, SCHEMA.superEvent)).isEqualTo("event/cites-cop18");
        assertThat(g.values(sideEvent, SCHEMA.organizer)).containsExactly("org/defra");
        assertThat(g.values(g.activity(8), IKG.atEvent)).contains("event/cites-cop18");
    }

    @Test
    void threePlannedActionsWithoutCategories() {
        assertThat(g.values(g.report(), IKG.plannedAction)).hasSize(3);
        assertThat(g.values(g.planned(3), IKG.involves)).containsExactlyInAnyOrder("org/iied", "org/suli", "org/defra", "org/giz");
        assertThat(g.values(g.planned(3), IKG.actionCategory)).isEmpty();
        assertThat(g.values(g.planned(3), IKG.atEvent)).as("'a limited number of national dialogues' is no single event").isEmpty();
        assertThat(g.values(g.planned(1), RDF.type)).contains(IKG_NS + "PlannedAction", "http://www.w3.org/ns/prov#Plan");
    }

    @Test
    void narrativeFieldsAsWritten() {
        assertThat(g.value(g.report(), IKG.challenges)).isEqualTo("The main challenge to date has been in securing funding to continue activities.");
        assertThat(g.value(g.report(), IKG.results)).startsWith("- Continued the development of the First Line of Defence (FLoD)");
        assertThat(g.value(g.report(), IKG.futureActions)).startsWith("- Ongoing advocacy");
        assertThat(g.value(g.report(), IKG.implementationStatus)).isEqualTo("concept/implementation-statuses/on-going");
        assertThat(g.values(g.report(), IKG.additionalInformation)).isEmpty();
        assertThat(g.ctx().warnings()).isEmpty();
    }
}
