package org.iucnkg.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
        String label = Labels.shortLabel(Seeds.line("000", "familiarisation workshop"));
        assertThat(label).isEqualTo("IUCN ESARO ran a familiarisation workshop for governments of Botswana, Namibia, Zambia…");
        assertThat(label.length()).isLessThanOrEqualTo(Labels.MAX);
    }

    @Test
    void aShortFirstSentenceIsTheLabelWithoutItsFullStop() {
        assertThat(Labels.shortLabel("- Repeat the surveys in 2019. Then publish them in a long report for everyone."))
                .isEqualTo("Repeat the surveys in 2019");
    }

    @Test
    void aShortTextIsKeptWhole() {
        assertThat(Labels.shortLabel("Policy influencing/advocacy")).isEqualTo("Policy influencing/advocacy");
    }
}
