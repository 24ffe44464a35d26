package org.iucnkg.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LocativesTest {

    private static List<String> placed(String text, String... countries) {
        Marks marks = TextMarks.of(text, List.of(), List.of(), List.of(countries));
        return Locatives.placed(text, marks.countries()).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void heldInACountryPlacesTheAction() {
        assertThat(placed(Seeds.line("000", "learning exchange"), "Kenya")).containsExactly("Kenya");
        assertThat(placed(Seeds.line("000", "national dialogue"), "Tanzania")).containsExactly("Tanzania");
    }

    @Test
    void aPlaceAfterADateAndAListAfterConveningArePlaces() {
        String line = Seeds.line("004", "co-organized");
        assertThat(placed(line, "Egypt")).containsExactly("Egypt");
        String consultations = Seeds.line("004", "A series of consultations");
        assertThat(placed(consultations, "Australia", "Canada", "India", "Kenya", "Romania", "Tanzania"))
                .containsExactly("Australia", "Canada", "India", "Kenya", "Romania", "Tanzania");
    }

    @Test
    void aCountryThatOnlyQualifiesSomethingElseIsNotAPlace() {
        assertThat(placed(Seeds.line("000", "familiarisation workshop"), "Botswana", "Namibia", "Zambia", "Zimbabwe", "Angola")).isEmpty();
        assertThat(placed(Seeds.line("001", "global technology companies"), "US")).isEmpty();
        assertThat(placed(Seeds.line("001", "highly threatened orchids"), "Malaysia")).isEmpty();
    }

    @Test
    void anEventNamedAsAPointInTimeIsNotWhereTheActionHappened() {
        String line = Seeds.line("000", "Community Voices");
        int peru = line.indexOf("Peru Conference");
        assertThat(Locatives.beforeOrAfter(line, new Span(peru, peru + "Peru Conference on Illegal Wildlife Trade".length()))).isTrue();
        String side = Seeds.line("000", "side event at CITES CoP18");
        int cop = side.indexOf("CITES CoP18");
        assertThat(Locatives.beforeOrAfter(side, new Span(cop, cop + "CITES CoP18".length()))).isFalse();
        assertThat(Locatives.beforeOrAfter("a workshop ahead of CoP19", new Span(20, 25))).isTrue();
    }

    @Test
    void aCityBeforeItsCountryAndFrenchPrepositions() {
        String nairobi = "presented at a regional workshop held in Nairobi, Kenya on 14 March 2022.";
        assertThat(placed(nairobi, "Kenya")).containsExactly("Kenya");
        assertThat(Locatives.cityBefore(nairobi, new Span(nairobi.indexOf("Kenya"), nairobi.indexOf("Kenya") + 5))).contains("Nairobi");
        String kenya = "held in Kenya in Nov 2019";
        assertThat(Locatives.cityBefore(kenya, new Span(8, 13))).isEmpty();
        assertThat(placed("Un atelier s'est tenu au Gabon en mars 2015.", "Gabon")).containsExactly("Gabon");
        assertThat(placed("A dialogue will be held in Tanzania in 2020.", "Tanzania")).containsExactly("Tanzania");
    }
}
