package org.iucnkg.ingest.iucn;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.iucnkg.model.SCHEMA;
import org.junit.jupiter.api.Test;

/** Seeds 002 (WCC 2020 Res 054, whistleblowers) and 004 (WCC 2016 Res 087, connectivity conservation). */
class Seed002And004GraphTest {

    @Test
    void seed002FreeTextWhereOrganisationsAreExpectedIsKeptNotMinted() {
        Graphs.Parsed g = Graphs.parse(Texts.seed("002"));
        Graphs.Parsed seed001 = Graphs.parse(Texts.seed("001"));
        assertThat(g.values(g.report(), IKG.implementingMember)).containsExactlyInAnyOrder("org/awf", "org/nwc");
        assertThat(seed001.values(seed001.report(), IKG.implementingMember)).contains("org/awf");
        assertThat(g.values(g.report(), IKG.implementingCommission)).containsExactly("org/wcel");
        assertThat(g.values(g.report(), IKG.commissionMandate)).containsExactly("mandate/wcel-2021-2025");
        assertThat(g.values(g.report(), IKG.implementingPartner)).isEmpty();
        assertThat(g.model().listResourcesWithProperty(RDFS.label, "Multilateral institutions").toList()).isEmpty();
        assertThat(g.values(g.report(), IKG.unparsedText)).containsExactly("Multilateral institutions");
        assertThat(g.ctx().warnings()).containsExactly("Other non-IUCN related organisations: not an organisation name: Multilateral institutions");
        assertThat(g.values(g.planned(1), IKG.actionCategory)).containsExactly("concept/action-categories/education-communication-raising-awareness");
        assertThat(g.value(g.planned(2), IKG.actionCategory)).isEqualTo("concept/action-categories/policy-influencing-advocacy");
        assertThat(g.values(g.activity(4), IKG.involves)).contains("org/awf", "org/kws", "org/batten-foundation");
    }

    @Test
    void seed004ConnectivityReportWithItsCopAndThreeSideEvents() {
        Graphs.Parsed g = Graphs.parse(Texts.seed("004"));
        assertThat(g.values(g.report(), IKG.implementingMember)).containsExactly("org/cllc");
        assertThat(g.value(g.id("org/cllc"), IKG.country)).isEqualTo("country/US");
        assertThat(g.values(g.report(), IKG.implementingPartner)).isEmpty();
        assertThat(g.value(g.report(), IKG.implementationStatus)).isEqualTo("concept/implementation-statuses/underway");
        assertThat(g.values(g.report(), IKG.hasActivity)).as("the lead-in line is no activity").hasSize(3);

        Resource cop = g.activity(1);
        assertThat(g.value(cop, IKG.country)).isEqualTo("country/EG");
        assertThat(g.value(cop, IKG.activityDate)).isEqualTo("2018-11");
        assertThat(g.values(cop, IKG.atEvent)).hasSize(4).contains("event/cbd-cop14",
                "event/sustainable-infrastructure-day-2018-11-17",
                "event/areas-of-connectivity-conservation-a-new-conservation-designation-for-ecological-networks-2018-11-19",
                "event/likeminded-megadiverse-countries-as-leaders-for-the-ecological-belt-and-road-initiative-2018-11-21");
        Resource day = g.id("event/sustainable-infrastructure-day-2018-11-17");
        assertThat(g.value(day, RDFS.label)).isEqualTo("Sustainable Infrastructure Day");
        assertThat(g.value(day, SCHEMA.startDate)).isEqualTo("2018-11-17");
        assertThat(day.getProperty(SCHEMA.startDate).getLiteral().getDatatypeURI()).endsWith("#date");
        assertThat(g.value(day, SCHEMA.superEvent)).isEqualTo("event/cbd-cop14");

        Resource consultations = g.activity(2);
        assertThat(g.values(consultations, IKG.country)).containsExactlyInAnyOrder("country/AU", "country/CA", "country/IN",
                "country/KE", "country/RO", "country/TZ");
        assertThat(g.value(consultations, IKG.activityDate)).isEqualTo("2018");
        assertThat(g.values(consultations, IKG.involves)).as("'IUCN World Conservation Congress Resolution 2016-087' is no mention of IUCN")
                .containsExactly("org/ccsg");
        assertThat(g.values(g.activity(3), IKG.involves)).as("IUCN WCPA's Guidelines Series").containsExactly("org/wcpa");
        assertThat(g.values(consultations, IKG.atEvent)).as("a series of consultations is no single event").isEmpty();
        assertThat(g.values(g.activity(3), IKG.atEvent)).as("a consultation being prepared has not taken place").isEmpty();
        assertThat(g.values(g.report(), IKG.plannedAction)).hasSize(1);
        assertThat(g.values(g.planned(1), IKG.involves)).containsExactly("org/ccsg");
    }
}
