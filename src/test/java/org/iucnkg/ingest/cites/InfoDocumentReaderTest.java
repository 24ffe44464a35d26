package org.iucnkg.ingest.cites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.iucnkg.ingest.cites.SeedRecords.instrument;

import org.iucnkg.ingest.cites.IccwcRecords.InfoDocument;
import org.iucnkg.ingest.cites.IccwcRecords.Instrument;
import org.iucnkg.ingest.cites.IccwcRecords.NetworkFigure;
import org.iucnkg.ingest.cites.IccwcRecords.QuotedParagraph;
import org.junit.jupiter.api.Test;

/** Seed 003 read into records: heading, figures, partners and the list of documents. */
class InfoDocumentReaderTest {
    private final InfoDocument doc = SeedRecords.seed();

    @Test
    void readsTheMeetingWithPlaceAndDates() {
        assertThat(doc.meeting().label()).isEqualTo("Sixty-sixth meeting of the Standing Committee");
        assertThat(doc.meeting().where()).containsExactly("Geneva", "Switzerland");
        assertThat(doc.meeting().start().getLexicalForm()).isEqualTo("2016-01-11");
        assertThat(doc.meeting().end().getLexicalForm()).isEqualTo("2016-01-15");
        assertThat(doc.meetingCode()).isEqualTo("SC66");
    }

    @Test
    void readsTitleAgendaItemAndWhoPreparedIt() {
        assertThat(doc.title()).isEqualTo("International Consortium on Combating Wildlife Crime (ICCWC)");
        assertThat(doc.conventionName()).isEqualTo("Convention on International Trade in Endangered Species of Wild Fauna and Flora");
        assertThat(doc.agendaItem()).isEqualTo("16.5");
        assertThat(doc.preparedBy()).isEqualTo("Secretariat");
        assertThat(doc.description())
                .startsWith("This information document has been prepared by the Secretariat")
                .contains("Part 1. ICCWC Global Network: Through its global network of regional and country offices, ICCWC supports")
                .contains("Part 4. ICCWC Coordinated Law Enforcement Support: Based on the Consortium's Strategic Mission")
                .doesNotContain("](#)", "*");
    }

    @Test
    void readsTheFiveNetworkFigures() {
        assertThat(doc.networkFigures()).extracting(NetworkFigure::organisation, NetworkFigure::presence,
                NetworkFigure::value, NetworkFigure::qualifier, NetworkFigure::unit).containsExactly(
                tuple("CITES", "Management Authorities", 181, "exactly", "countries"),
                tuple("INTERPOL", "National Central Bureaus", 190, "exactly", "countries"),
                tuple("UNODC", "field offices", 150, "more than", "countries"),
                tuple("World Bank", "country offices", 100, "over", "countries"),
                tuple("WCO", "members", 180, "exactly", "members"));
    }

    @Test
    void readsTheFivePartnersFromTheFirstListingParagraph() {
        assertThat(doc.partnerNames()).containsExactly(
                "secretariat of the Convention on International Trade in Endangered Species of Wild Fauna and Flora",
                "International Criminal Police Organization (INTERPOL)",
                "United Nations Office on Drugs and Crime",
                "World Bank",
                "World Customs Organization");
    }

    @Test
    void readsTheToolkitSummaryClaim() {
        assertThat(doc.toolkitClaim().requests()).isEqualTo(17);
        assertThat(doc.toolkitClaim().completed()).isEqualTo(6);
        assertThat(doc.toolkitClaim().inProgress()).isEqualTo(11);
    }

    @Test
    void readsTheSixListedDocumentsWithDatesAndAnnexes() {
        assertThat(doc.listedDocuments()).extracting(d -> d.identifier()).containsExactly(
                "SC66 Doc. 16.5", "SC65 Doc. 16.4", "ICCWC Annual Report 2013", "CoP16 Doc. 15 (Rev. 1)",
                "SC62 Doc. 14.7", "SC61 Doc. 30");
        assertThat(doc.listedDocuments()).extracting(d -> d.date().getLexicalForm()).containsExactly(
                "2016-01", "2014-07", "2014-07", "2013-03", "2012-07", "2011-08");
        assertThat(doc.listedDocuments()).extracting(d -> d.creator()).containsExactly(
                "CITES", "CITES", "ICCWC", "CITES", "CITES", "CITES");
        var sc65 = doc.listedDocuments().get(1);
        assertThat(sc65.title()).isEqualTo("Strategic matters, Cooperation with other organizations, International Consortium On Combating Wildlife Crime");
        assertThat(sc65.description()).startsWith("Updated the SC on implementation of ICCWC activities since CoP16");
        var sc61 = doc.listedDocuments().get(5);
        assertThat(sc61.title()).isEqualTo("Compliance and Enforcement matters");
        assertThat(sc61.annexes()).extracting(a -> a.label() + ": " + a.title()).containsExactly(
                "Annex I: Letter of Understanding establishing ICCWC", "Annex II: information note about ICCWC");
        assertThat(doc.listedDocuments().get(2).title()).isEqualTo("ICCWC Annual Report 2013");
        assertThat(doc.listedDocuments().get(2).description()).isNull();
    }

    @Test
    void joinsTheLondonParagraphXivAcrossTheBlankLine() {
        Instrument london = instrument(doc, "London Declaration on the illegal wildlife trade");
        assertThat(london.paragraphs()).extracting(QuotedParagraph::number).containsExactly("11", "XIV");
        assertThat(london.paragraphs().get(1).text()).isEqualTo("Establish and maintain national cross-agency mechanisms "
                + "to develop, resource and implement co-ordinated national and local action plans and strategies, and "
                + "oversee the implementation of actions against wildlife crime; to strengthen enforcement systems for a "
                + "stronger preventive and reactive response to wildlife crime by, inter alia, using the ICCWC Wildlife and "
                + "Forest Crime Analytic Toolkit.");
    }

    @Test
    void keepsTheSubItemOfUneaParagraphTenInIt() {
        Instrument unea = instrument(doc, "UNEA 1/3");
        assertThat(unea.paragraphs()).extracting(QuotedParagraph::number).containsExactly(null, "3", "9", "10");
        assertThat(unea.paragraphs().get(3).text()).startsWith(
                "Requests the Executive Director of the United Nations Environment Programme: (c) To work closely with the International Consortium");
    }

    @Test
    void reportsOnlyTheMapFurnitureAsOneEntry() {
        assertThat(doc.unplaced()).hasSize(1);
        assertThat(doc.unplaced().get(0).where()).startsWith("map legends, regions and captions");
        assertThat(doc.unplaced().get(0).text()).isEqualTo("Toolkit implementation complete; Toolkit implementation in "
                + "planning phase; Toolkit implementation in process; Toolkit request received; Americas; Toolkit: Wildlife "
                + "& Forest Crime Analytic Toolkit; WEN: Wildlife Enforcement Network; WIST: Wildlife Incident Support Team; "
                + "*: ongoing/planned activities; Analysis of national responses; Capacity building and law enforcement "
                + "support; Cross-cutting activities; Africa & Europe; Asia");
    }
}
