package org.iucnkg.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.iucnkg.ingest.resolve.Names.Token;
import org.junit.jupiter.api.Test;

/** How names are cut into words and compared. */
class NamesTest {

    @Test
    void normalisationIgnoresCaseAccentsPunctuationQuotesSpellingAndALeadingThe() {
        assertThat(Names.normalise("The Syrian Society for the Conservation of Wildlife"))
                .isEqualTo("syrian society for the conservation of wildlife");
        assertThat(Names.normalise("Fauna & Flora International")).isEqualTo("fauna and flora international");
        assertThat(Names.normalise("Environmental Education Centre Zapovedniks")).isEqualTo("environmental education center zapovedniks");
        assertThat(Names.normalise("Polskie Towarzystwo Ochrony Przyrody ''Salamandra''"))
                .isEqualTo(Names.normalise("Polskie Towarzystwo Ochrony Przyrody “Salamandra”"))
                .isEqualTo("polskie towarzystwo ochrony przyrody salamandra");
        assertThat(Names.normalise("Ministère de l'Europe et des Affaires étrangères")).isEqualTo("ministere de leurope et des affaires etrangeres");
        assertThat(Names.normalise("World Wide Fund for Nature - U.K.")).isEqualTo("world wide fund for nature uk");
    }

    @Test
    void acronymsKeepTheirCaseAndIgnoreSpacesAroundHyphens() {
        assertThat(Names.acronymKey("WWF - UK")).isEqualTo(Names.acronymKey("WWF-UK")).isEqualTo("WWF UK");
        assertThat(Names.acronymKey("AFdPZ")).isEqualTo("AFdPZ");
        assertThat(Names.isAcronymLike("CoP18")).isTrue();
        assertThat(Names.isAcronymLike("UK DEFRA")).isTrue();
        assertThat(Names.isAcronymLike("IUCN SULi")).isTrue();
        assertThat(Names.isAcronymLike("UN Environment")).isFalse();
        assertThat(Names.isAcronymLike("2016")).isFalse();
    }

    @Test
    void wordsKeepInnerApostrophesAndAbbreviationDots() {
        assertThat(Names.tokens("IFAW's work, U.K. (end).")).extracting(Token::text)
                .containsExactly("IFAW's", "work", ",", "U.K.", "(", "end", ")", ".");
        assertThat(Names.tokens("IFAW's").get(0).cased()).isEqualTo("IFAWs");
        assertThat(Names.tokens("**ICCWC Seminar**").get(0).start()).isEqualTo(2);
    }

    @Test
    void similarityIsNormalisedLevenshtein() {
        assertThat(Names.similarity("national whistleblower cente", "national whistleblower center", 0.8)).isCloseTo(28.0 / 29, within(1e-9));
        assertThat(Names.similarity("wwf uk", "zsl", 0.8)).isZero();
    }
}
