package org.iucnkg.ingest.cites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iucnkg.ingest.cites.SeedRecords.instrument;

import org.iucnkg.ingest.cites.IccwcRecords.InfoDocument;
import org.iucnkg.ingest.cites.IccwcRecords.Instrument;
import org.iucnkg.ingest.cites.IccwcRecords.QuotedParagraph;
import org.junit.jupiter.api.Test;

/** The 17 instruments of seed 003 as records: kind, code, date, body, event, group and paragraphs. */
class InstrumentReaderTest {
    private final InfoDocument doc = SeedRecords.seed();

    @Test
    void readsSeventeenInstrumentsInTheirGroups() {
        assertThat(doc.instruments()).extracting(Instrument::reference).containsExactly(
                "ECOSOC 2011/36", "Conf. 11.3 (Rev. CoP16)", "Conf. 12.5 (Rev. CoP16)", "Conf. 13.4 (Rev. CoP16)",
                "ECOSOC 2013/40", "CCPCJ 23/1",
                "Declaration of the Customs Co-operation Council on the illegal wildlife trade",
                "UNEA 1/3", "A/69/L80",
                "London Declaration on the illegal wildlife trade",
                "Kasane Statement on the illegal wildlife trade",
                "Brazzaville Declaration on illegal Exploitation and Illicit Trade in Wild Flora and Fauna",
                "Marrakech declaration: a 10-point action plan to combat illicit wildlife trafficking",
                "Urgent Measures adopted to halt the illegal ivory trade",
                "Dhaka Recommendations on Advancing Implementation of the Global Tiger Recovery Program",
                "Arusha Declaration on regional conservation and combating wildlife/environmental crime",
                "Geneva Statement on combating rhinoceros-related crimes");
        assertThat(doc.instruments().stream().filter(i -> i.group() == RecognitionGroup.GOVERNING_BODIES)).hasSize(9);
        assertThat(doc.instruments().stream().filter(i -> i.group() == RecognitionGroup.GLOBAL_DECLARATIONS)).hasSize(3);
        assertThat(doc.instruments().stream().filter(i -> i.group() == RecognitionGroup.REGIONAL_DECLARATIONS)).hasSize(5);
        assertThat(doc.instruments().stream().filter(i -> i.kind() == InstrumentKind.RESOLUTION)).hasSize(8);
    }

    @Test
    void readsEcosocResolutionWithSubjectDateAndBody() {
        Instrument ecosoc = instrument(doc, "ECOSOC 2011/36");
        assertThat(ecosoc.kind()).isEqualTo(InstrumentKind.RESOLUTION);
        assertThat(ecosoc.name()).isEqualTo("ECOSOC Resolution 2011/36");
        assertThat(ecosoc.subject()).isEqualTo("Crime prevention and criminal justice responses against illicit "
                + "trafficking in endangered species of wild fauna and flora");
        assertThat(ecosoc.date().getLexicalForm()).isEqualTo("2011-07");
        assertThat(ecosoc.issuingBody()).isEqualTo("United Nations Economic and Social Council");
        assertThat(ecosoc.paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.number()).isNull();
            assertThat(p.text()).startsWith("Recognizing the efforts made at the bilateral, regional and international "
                    + "levels and the work of the International Consortium on Combating Wildlife Crime, a collaboration");
        });
    }

    @Test
    void readsCitesResolutionRevisedAtCop16WithSevenParagraphs() {
        Instrument conf113 = instrument(doc, "Conf. 11.3 (Rev. CoP16)");
        assertThat(conf113.name()).isEqualTo("Resolution Conf. 11.3 (Rev. CoP16)");
        assertThat(conf113.subject()).isEqualTo("Compliance and enforcement");
        assertThat(conf113.date().getLexicalForm()).isEqualTo("2013-03");
        assertThat(conf113.revisedAt()).isEqualTo("CoP16");
        assertThat(conf113.issuingBody()).isEqualTo("Conference of the Parties to the Convention on International "
                + "Trade in Endangered Species of Wild Fauna and Flora (CITES)");
        assertThat(conf113.paragraphs()).extracting(p -> p.text().split(" ")[0]).containsExactly(
                "WELCOMING", "AWARE", "RECOGNIZING", "RECOMMENDS", "DIRECTS", "URGES", "INSTRUCTS");
        assertThat(conf113.paragraphs()).allMatch(p -> p.number() == null);
    }

    @Test
    void readsNumberedAndPreambularParagraphsOfEcosoc2013() {
        Instrument ecosoc = instrument(doc, "ECOSOC 2013/40");
        assertThat(ecosoc.paragraphs()).extracting(QuotedParagraph::number).containsExactly(null, "9", "10", "11", "12");
        assertThat(ecosoc.paragraphs()).extracting(QuotedParagraph::order).containsExactly(1, 2, 3, 4, 5);
        assertThat(ecosoc.paragraphs().get(4).text()).isEqualTo("Notes the launch of the toolkit by the International "
                + "Consortium, requests the United Nations Office on Drugs and Crime to disseminate that instrument to "
                + "Member States, and invites Member States to consider applying and utilizing the toolkit;");
    }

    @Test
    void readsDeclarationsWithTheirEventsPlacesAndDates() {
        Instrument kasane = instrument(doc, "Kasane Statement on the illegal wildlife trade");
        assertThat(kasane.kind()).isEqualTo(InstrumentKind.DECLARATION);
        assertThat(kasane.identifier()).isNull();
        assertThat(kasane.name()).isEqualTo("Kasane Statement");
        assertThat(kasane.date().getLexicalForm()).isEqualTo("2015-03");
        assertThat(kasane.event().label()).isEqualTo("Kasane conference on the illegal wildlife trade");
        assertThat(kasane.paragraphs()).extracting(QuotedParagraph::number).containsExactly("6", "7");

        Instrument measures = instrument(doc, "Urgent Measures adopted to halt the illegal ivory trade");
        assertThat(measures.name()).isEqualTo("African Elephant Summit Urgent Measures");
        assertThat(measures.event().label()).isEqualTo("African Elephant Summit on the illegal ivory trade");
        assertThat(measures.event().where()).containsExactly("Gaborone", "Botswana");
        assertThat(measures.date().getLexicalForm()).isEqualTo("2013-12");
        assertThat(measures.paragraphs()).extracting(QuotedParagraph::number).containsExactly("Urgent Measure 6");

        Instrument dhaka = instrument(doc, "Dhaka Recommendations on Advancing Implementation of the Global Tiger Recovery Program");
        assertThat(dhaka.event().where()).containsExactly("Bangladesh");
        assertThat(dhaka.date().getLexicalForm()).isEqualTo("2014-09");

        Instrument arusha = instrument(doc, "Arusha Declaration on regional conservation and combating wildlife/environmental crime");
        assertThat(arusha.paragraphs()).extracting(QuotedParagraph::number).containsExactly("12");
        assertThat(arusha.paragraphs().get(0).text()).startsWith("REQUEST that our international partners, such as INTERPOL");
    }

    @Test
    void namesTheCustomsCouncilDeclarationAfterItsBody() {
        Instrument declaration = instrument(doc, "Declaration of the Customs Co-operation Council on the illegal wildlife trade");
        assertThat(declaration.kind()).isEqualTo(InstrumentKind.DECLARATION);
        assertThat(declaration.name()).isEqualTo("Customs Co-operation Council Declaration");
        assertThat(declaration.issuingBody()).isEqualTo("Customs Co-operation Council");
        assertThat(declaration.date().getLexicalForm()).isEqualTo("2014-06");
        assertThat(declaration.event()).isNull();
    }

    @Test
    void findsEventsQuotedParagraphsSayWereHeld() {
        QuotedParagraph encouraging = instrument(doc, "Conf. 12.5 (Rev. CoP16)").paragraphs().get(2);
        assertThat(encouraging.heldEvents()).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("ICCWC Seminar on Tiger Crime for Heads of Police and Customs");
            assertThat(e.where()).containsExactly("Bangkok", "Thailand");
            assertThat(e.start().getLexicalForm()).isEqualTo("2012-02-14");
        });
        QuotedParagraph welcome = instrument(doc, "Geneva Statement on combating rhinoceros-related crimes").paragraphs().get(0);
        assertThat(welcome.heldEvents()).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("Senior Officials Meeting");
            assertThat(e.where()).containsExactly("Geneva");
            assertThat(e.start().getLexicalForm()).isEqualTo("2015-02-11");
            assertThat(e.end().getLexicalForm()).isEqualTo("2015-02-12");
        });
    }

    @Test
    void removesMarkupFromQuotedText() {
        assertThat(doc.instruments()).flatExtracting(Instrument::paragraphs)
                .extracting(QuotedParagraph::text)
                .hasSize(39)
                .noneMatch(t -> t.contains("**") || t.contains("](#)") || t.contains("\\("));
    }
}
