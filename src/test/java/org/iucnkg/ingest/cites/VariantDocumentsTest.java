package org.iucnkg.ingest.cites;

import static org.assertj.core.api.Assertions.assertThat;

import org.iucnkg.ingest.cites.IccwcRecords.InfoDocument;
import org.iucnkg.ingest.cites.IccwcRecords.Instrument;
import org.iucnkg.ingest.cites.IccwcRecords.ToolkitRow;
import org.iucnkg.ingest.cites.IccwcRecords.Unplaced;
import org.junit.jupiter.api.Test;

/** Other documents of the same layout: a shorter one, and the seed with a broken table and figure. */
class VariantDocumentsTest {

    @Test
    void readsAShorterDocumentOfAnotherMeeting() {
        InfoDocument doc = SeedRecords.fixture("sc70-short.txt");
        assertThat(doc.meetingCode()).isEqualTo("SC70");
        assertThat(doc.meeting().where()).containsExactly("Sochi", "Russian Federation");
        assertThat(doc.meeting().start().getLexicalForm()).isEqualTo("2018-10-01");
        assertThat(doc.agendaItem()).isEqualTo("31");
        assertThat(doc.networkFigures()).extracting(f -> f.organisation() + " " + f.value())
                .containsExactly("CITES 183", "INTERPOL 192", "WCO 182");
        assertThat(doc.partnerNames()).containsExactly("CITES Secretariat", "INTERPOL",
                "United Nations Office on Drugs and Crime", "World Bank", "World Customs Organization");

        assertThat(doc.instruments()).hasSize(2);
        Instrument conf = doc.instruments().get(0);
        assertThat(conf.identifier()).isEqualTo("Conf. 11.3 (Rev. CoP17)");
        assertThat(conf.revisedAt()).isEqualTo("CoP17");
        assertThat(conf.date().getLexicalForm()).isEqualTo("2016-10");
        assertThat(conf.paragraphs()).hasSize(2);
        Instrument hanoi = doc.instruments().get(1);
        assertThat(hanoi.group()).isEqualTo(RecognitionGroup.GLOBAL_DECLARATIONS);
        assertThat(hanoi.name()).isEqualTo("Hanoi Statement");
        assertThat(hanoi.event().label()).isEqualTo("Hanoi Conference on Illegal Wildlife Trade");
        assertThat(hanoi.event().where()).containsExactly("Hanoi", "Viet Nam");
        assertThat(hanoi.event().start().getLexicalForm()).isEqualTo("2016-11-17");
        assertThat(hanoi.event().end().getLexicalForm()).isEqualTo("2016-11-18");
        assertThat(hanoi.date().getLexicalForm()).isEqualTo("2016-11");

        assertThat(doc.listedDocuments()).singleElement().satisfies(d -> {
            assertThat(d.identifier()).isEqualTo("SC69 Doc. 31.1");
            assertThat(d.date().getLexicalForm()).isEqualTo("2017-11");
        });
        assertThat(doc.toolkitTable().statusAsOf().getLexicalForm()).isEqualTo("2018-08-01");
        assertThat(doc.toolkitTable().rows()).extracting(r -> r.party() + " " + r.completedSteps().size() + " " + r.actionPlanImplemented())
                .containsExactly("Chile 8 true", "Kenya 3 false", "Viet Nam 5 false");
        assertThat(doc.toolkitClaim().completed()).isEqualTo(1);
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void reportsMalformedRowsAndUnreadFiguresInsteadOfGuessing() {
        InfoDocument doc = SeedRecords.fixture("sc66-malformed.txt");
        assertThat(doc.toolkitTable().rows()).extracting(ToolkitRow::party)
                .hasSize(15)
                .doesNotContain("Kenya", "Togo")
                .contains("Atlantis");
        assertThat(doc.unplaced()).extracting(Unplaced::text).contains(
                "Kenya | ✓ | yes | ✓ |  |  |  |  |  | ",
                "Togo | ✓ | ✓",
                "the Secretariat counts 12 staff in 3 offices");
        assertThat(doc.unplaced()).filteredOn(u -> u.text().startsWith("Kenya")).singleElement()
                .satisfies(u -> assertThat(u.where()).isEqualTo("toolkit table row with \"yes\" where a tick or nothing is expected"));
        assertThat(doc.unplaced()).filteredOn(u -> u.text().startsWith("Togo")).singleElement()
                .satisfies(u -> assertThat(u.where()).isEqualTo("toolkit table row with 3 cells where the header has 10"));
        assertThat(doc.networkFigures()).hasSize(5);
    }
}
