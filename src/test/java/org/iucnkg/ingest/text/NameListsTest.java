package org.iucnkg.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameListsTest {

    @Test
    void knownNamesAreMaskedAndTheRestSplitOnCommasAndAnd() {
        String line = "Forestry Department of Peninsular Malaysia, Belgian Customs, INTERPOL, TRAFFIC and World Bank";
        NameLists.Listed listed = NameLists.split(line, TextMarks.spans(line, List.of("Forestry Department of Peninsular Malaysia", "INTERPOL")));
        assertThat(listed.names()).containsExactly("Belgian Customs", "TRAFFIC", "World Bank");
        assertThat(listed.notNames()).isEmpty();
    }

    @Test
    void aKnownNameWithCommasAndAndIsNotSplit() {
        String line = "Department for Environment, Food and Rural Affairs; Tanzania Natural Resources Forum";
        NameLists.Listed listed = NameLists.split(line, TextMarks.spans(line, List.of("Department for Environment, Food and Rural Affairs")));
        assertThat(listed.names()).containsExactly("Tanzania Natural Resources Forum");
    }

    @Test
    void aGenericNounIsNotAnOrganisation() {
        NameLists.Listed listed = NameLists.split("Multilateral institutions", List.of());
        assertThat(listed.names()).isEmpty();
        assertThat(listed.notNames()).containsExactly("Multilateral institutions");
    }

    @Test
    void aSentenceIsKeptWholeAndGivesNoName() {
        String line = "We worked with several local NGOs and the Ministry of Environment";
        NameLists.Listed listed = NameLists.split(line, List.of());
        assertThat(listed.names()).isEmpty();
        assertThat(listed.notNames()).containsExactly(line);
    }

    @Test
    void aCountryCodeBeforeAKnownNameIsPartOfIt() {
        String line = "UK DEFRA, TRAFFIC";
        NameLists.Listed listed = NameLists.split(line, TextMarks.spans(line, List.of("DEFRA", "TRAFFIC")));
        assertThat(listed.names()).isEmpty();
        assertThat(listed.notNames()).isEmpty();
    }

    @Test
    void properNamesAllowJoiningWordsInSeveralLanguages() {
        assertThat(NameLists.isProperName("Ministère de l'Environnement et du Développement durable")).isFalse();
        assertThat(NameLists.isProperName("Ministère de l'Environnement")).isTrue();
        assertThat(NameLists.isProperName("Fauna & Flora International")).isTrue();
        assertThat(NameLists.isProperName("Secretaría de Ambiente y Desarrollo Sostenible")).isTrue();
        assertThat(NameLists.isProperName("UN Environment")).isTrue();
    }
}
