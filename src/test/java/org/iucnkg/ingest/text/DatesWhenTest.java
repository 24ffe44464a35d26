package org.iucnkg.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesWhenTest {

    @Test
    void monthsAreAlwaysDatesYearsOnlyAfterAPreposition() {
        assertThat(Dates.findWhen("held in Kenya in Nov 2019 hosted by IUCN ESARO", null))
                .extracting(f -> f.from().getLexicalForm()).containsExactly("2019-11");
        assertThat(Dates.findWhen("A series of consultations continued around the world in 2018 with CCSG", null))
                .extracting(f -> f.from().getLexicalForm()).containsExactly("2018");
        assertThat(Dates.findWhen("conferences held since 2014, the Act 1984 and Resolution 2016-087", null)).isEmpty();
    }

    @Test
    void aDayAndMonthTakesTheYearGiven() {
        assertThat(Dates.findWhen("17 November: “Sustainable Infrastructure Day”", 2018))
                .extracting(f -> f.from().getLexicalForm()).containsExactly("2018-11-17");
    }
}
