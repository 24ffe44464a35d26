package org.iucnkg.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Events described in the seed reports, with the names a resolver finds in them marked by hand. */
class EventPhrasesTest {

    private static final List<String> ORGANISATIONS = List.of("IUCN ESARO", "IIED", "IUCN SULi", "GIZ", "UK DEFRA IWT Challenge Fund",
            "UK DEFRA", "Tanzania Natural Resources Forum", "CIFOR", "USAID", "TRAFFIC", "IFAW", "WWF", "INTERPOL", "BE Customs", "EU",
            "Center for Large Landscape Conservation", "CCSG", "KAZA", "WCPA");
    private static final List<String> KNOWN_EVENTS = List.of("Peru Conference on Illegal Wildlife Trade", "CITES CoP18", "CoP19 of CITES",
            "14th Conference of the Parties to the Convention on Biological Diversity");
    private static final List<String> COUNTRIES = List.of("Botswana", "Namibia", "Zambia", "Zimbabwe", "Angola", "Kenya", "Tanzania", "Egypt",
            "Costa Rica", "Gabon");

    private record Seen(String label, String date, String superEvent, List<String> organizers, List<String> places) {}

    private static List<Seen> events(String text) {
        Marks marks = TextMarks.of(text, ORGANISATIONS, KNOWN_EVENTS, COUNTRIES);
        return EventPhrases.find(text, marks).stream().map(p -> new Seen(p.label(),
                p.date() == null ? null : p.date().from().getLexicalForm(),
                p.superEvent() == null ? null : p.superEvent().of(text),
                p.organizers().stream().map(s -> s.of(text)).toList(),
                p.places().stream().map(s -> s.of(text)).toList())).toList();
    }

    @Test
    void learningExchangeInKenyaHostedByEsaro() {
        assertThat(events(Seeds.line("000", "learning exchange"))).containsExactly(
                new Seen("learning exchange on communities and IWT", "2019-11", null, List.of("IUCN ESARO"), List.of("Kenya")));
    }

    @Test
    void nationalDialogueInTanzaniaHostedByTnrf() {
        assertThat(events(Seeds.line("000", "national dialogue on"))).containsExactly(
                new Seen("national dialogue on communities and IWT", "2019-12", null, List.of("Tanzania Natural Resources Forum"), List.of("Tanzania")));
    }

    @Test
    void familiarisationWorkshopTakesItsTopicPastTheListOfGovernments() {
        assertThat(events(Seeds.line("000", "familiarisation workshop"))).containsExactly(
                new Seen("familiarisation workshop on the FLoD methodology", null, null, List.of("IUCN ESARO"), List.of()));
    }

    @Test
    void theDateBelongsToTheKnownConferenceNotToTheEventBeforeIt() {
        assertThat(events(Seeds.line("000", "Community Voices"))).containsExactly(
                new Seen("Community Voices event", null, null, List.of("IUCN SULi", "IIED", "CIFOR"), List.of()));
    }

    @Test
    void sideEventAtAKnownCop() {
        assertThat(events(Seeds.line("000", "17715IIED"))).containsExactly(
                new Seen("side event at CITES CoP18", null, "CITES CoP18", List.of("UK DEFRA"), List.of()));
    }

    @Test
    void workshopConvenedWithPartnersButNotTheFunder() {
        assertThat(events(Seeds.line("001", "cross-sector workshop"))).containsExactly(
                new Seen("cross-sector workshop on wildlife cybercrime", "2021-05", null,
                        List.of("IFAW", "WWF", "INTERPOL", "TRAFFIC", "BE Customs"), List.of()));
    }

    @Test
    void titledSideEventAtAForthcomingCop() {
        assertThat(events(Seeds.line("001", "CoP19 of CITES"))).containsExactly(
                new Seen("Creating a coordinated approach to combat wildlife crime linked to the internet", null, "CoP19 of CITES",
                        List.of("IFAW"), List.of()));
    }

    @Test
    void threeDatedSideEventsTakeTheirYearAndCopFromTheSentenceBefore() {
        String cop = "14th Conference of the Parties to the Convention on Biological Diversity";
        assertThat(events(Seeds.line("004", "co-organized"))).containsExactly(
                new Seen("Sustainable Infrastructure Day", "2018-11-17", cop, List.of("CCSG"), List.of()),
                new Seen("Areas of Connectivity Conservation - A New Conservation Designation for Ecological Networks", "2018-11-19", cop,
                        List.of("CCSG"), List.of()),
                new Seen("Likeminded Megadiverse Countries as Leaders for the Ecological Belt and Road Initiative", "2018-11-21", cop,
                        List.of("CCSG"), List.of()));
    }

    @Test
    void pluralsAnaphoraAndPlansWithoutASignOfTakingPlaceAreNotEvents() {
        assertThat(events(Seeds.line("004", "global consultation"))).isEmpty();
        assertThat(events(Seeds.line("004", "A series of consultations"))).isEmpty();
        assertThat(events(Seeds.line("000", "A limited number of national dialogues"))).isEmpty();
        assertThat(events(Seeds.line("000", "peoplenotpoaching"))).isEmpty();
        assertThat(events("Co-funding for this event was provided by CIFOR. The event was a success in 2019.")).isEmpty();
    }

    @Test
    void frenchWorkshopWithItsAdjectiveTopicDatePlaceAndOrganiser() {
        assertThat(events("Un atelier national sur la gestion des aires protégées s'est tenu au Gabon en mars 2015, organisé par la WCPA."))
                .containsExactly(new Seen("atelier national sur la gestion des aires protégées", "2015-03", null, List.of("WCPA"), List.of("Gabon")));
    }

    @Test
    void aPlannedDialogueWithAYearAndAFutureVerb() {
        assertThat(events("A national dialogue on community scouts will be held in Tanzania in 2020.")).containsExactly(
                new Seen("national dialogue on community scouts", "2020", null, List.of(), List.of("Tanzania")));
    }

    @Test
    void aDayRangeGivesTheStartDate() {
        List<EventPhrase> found = EventPhrases.find("IIED convened a regional workshop on bushmeat in Kenya from 11-15 January 2016.",
                TextMarks.of("IIED convened a regional workshop on bushmeat in Kenya from 11-15 January 2016.", ORGANISATIONS, KNOWN_EVENTS, COUNTRIES));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).label()).isEqualTo("regional workshop on bushmeat");
        assertThat(found.get(0).date().from().getLexicalForm()).isEqualTo("2016-01-11");
        assertThat(found.get(0).date().to().getLexicalForm()).isEqualTo("2016-01-15");
    }
}
