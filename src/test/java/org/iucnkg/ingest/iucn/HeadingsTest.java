package org.iucnkg.ingest.iucn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class HeadingsTest {

    private static Optional<Section> section(String line) { return Headings.match(line).map(Headings.Heading::section); }

    @Test
    void spacingAroundTheColonDoesNotMatter() {
        assertThat(section("IUCN Members:\u00A0")).contains(Section.MEMBERS);
        assertThat(section("IUCN Members :")).contains(Section.MEMBERS);
        assertThat(Headings.match("IUCN Secretariat:Yes")).contains(new Headings.Heading(Section.SECRETARIAT, "Yes"));
        assertThat(section("Indicate which actions have been carried out to implement this Resolution :")).contains(Section.CATEGORIES);
    }

    @Test
    void longQuestionsAreFoundByTheirBeginning() {
        assertThat(section("What challenges/obstacles have been encountered in the implementation of this Resolution and how were they overcome :"))
                .contains(Section.CHALLENGES);
        assertThat(section("Briefly describe what future actions are needed for the implementation of this Recommendation"))
                .contains(Section.FUTURE_ACTIONS);
        assertThat(Headings.match("Status of implementation for this Resolution: On-going: implementation consisting of repetitive action"))
                .contains(new Headings.Heading(Section.STATUS, "On-going: implementation consisting of repetitive action"));
    }

    @Test
    void frenchAndSpanishHeadings() {
        assertThat(section("Membres de l’UICN :")).contains(Section.MEMBERS);
        assertThat(section("Autres organisations non liées à l'UICN :")).contains(Section.PARTNERS);
        assertThat(section("Veuillez indiquer quels ont été les résultats obtenus grâce aux actions menées :")).contains(Section.RESULTS);
        assertThat(section("État de mise en œuvre de cette Résolution :")).contains(Section.STATUS);
        assertThat(section("Miembros de la UICN:")).contains(Section.MEMBERS);
        assertThat(section("¿Están ya previstas estas acciones?:")).contains(Section.ACTIONS_PLANNED);
        assertThat(section("Constituant de l'UICN : WWF")).contains(Section.CONSTITUENT);
        assertThat(section("Type de constituant : Membre")).contains(Section.CONSTITUENT_TYPE);
    }

    @Test
    void layoutLinesAndTheTableHeader() {
        assertThat(section("Status of implementation")).contains(Section.LAYOUT);
        assertThat(section("IUCN Constituencies implementing this Resolution")).contains(Section.LAYOUT);
        assertThat(section("ActionDescriptionStatus")).contains(Section.TABLE);
        assertThat(section("Action\tDescription\tStatus")).contains(Section.TABLE);
    }

    @Test
    void sentencesThatStartLikeAHeadingAreNotHeadings() {
        assertThat(section("IUCN Members and partners met twice in 2019.")).isEmpty();
        assertThat(section("Additional information, maps and tables can be found in following pages.")).isEmpty();
        assertThat(section("Re:wild / United States of America")).isEmpty();
        assertThat(section("IFAW: Digital marketplaces continue to present a large challenge.")).isEmpty();
    }
}
