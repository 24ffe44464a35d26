package org.iucnkg.ingest.iucn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void categoryVariantsInThreeLanguages() {
        assertThat(Vocabulary.category("Capacity building")).contains("capacity-building");
        assertThat(Vocabulary.category("Capacity-building")).contains("capacity-building");
        assertThat(Vocabulary.category("Renforcement des capacités")).contains("capacity-building");
        assertThat(Vocabulary.category("Convene stakeholders / Networking")).contains("convene-stakeholders-networking");
        assertThat(Vocabulary.category("Educación/Comunicación/Sensibilización")).contains("education-communication-raising-awareness");
        assertThat(Vocabulary.category("Other")).contains("other");
        assertThat(Vocabulary.category("Research and monitoring")).isEmpty();
        assertThat(Vocabulary.category("Other partners joined the work")).isEmpty();
    }

    @Test
    void statusesInThreeLanguages() {
        assertThat(Vocabulary.status("On-going: implementation consisting of repetitive, recurrent action (attending meetings, reporting, etc.)"))
                .contains("on-going");
        assertThat(Vocabulary.status("Underway: implementation well-advanced")).contains("underway");
        assertThat(Vocabulary.status("Initiated")).contains("initiated");
        assertThat(Vocabulary.status("Not started")).contains("not-started");
        assertThat(Vocabulary.status("En cours : mise en œuvre consistant en des actions répétitives")).contains("on-going");
        assertThat(Vocabulary.status("Achevée")).contains("completed");
        assertThat(Vocabulary.status("En marcha: implementación bien avanzada")).contains("underway");
        assertThat(Vocabulary.status("Somewhat")).isEmpty();
    }

    @Test
    void answersAndPlaceholders() {
        assertThat(Vocabulary.answer("Yes")).contains(true);
        assertThat(Vocabulary.answer("Non")).contains(false);
        assertThat(Vocabulary.answer("Sí")).contains(true);
        assertThat(Vocabulary.answer("Je ne sais pas")).isEqualTo(Optional.empty());
        assertThat(Vocabulary.answer("No sé")).isEqualTo(Optional.empty());
        assertThat(Vocabulary.answer("Perhaps later")).isNull();
        assertThat(Vocabulary.meansNone("No other Members are/have been involved")).isTrue();
        assertThat(Vocabulary.meansNone("Pas d'autres Membres sont / ont été impliqués")).isTrue();
        assertThat(Vocabulary.meansNone("No Commissions are/have been involved")).isTrue();
        assertThat(Vocabulary.meansNone("I do not know")).isTrue();
        assertThat(Vocabulary.meansNone("Norwegian Environment Agency")).isFalse();
    }

    @Test
    void gluedCategories() {
        assertThat(Vocabulary.glued("Capacity-buildingWe trained 40 rangers")).contains(new Vocabulary.Glued("capacity-building", "We trained 40 rangers"));
        assertThat(Vocabulary.glued("Fundraising: USD 10,000 raised")).contains(new Vocabulary.Glued("fundraising", "USD 10,000 raised"));
        assertThat(Vocabulary.glued("Otherwise we did nothing")).isEmpty();
        assertThat(Vocabulary.glued("Other UN agencies joined")).isEmpty();
    }
}
