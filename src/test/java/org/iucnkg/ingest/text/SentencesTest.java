package org.iucnkg.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void addressesWithDotsDoNotEndSentences() {
        String bullet = Seeds.line("000", "17715IIED");
        assertThat(Sentences.split(bullet)).extracting(s -> s.of(bullet)).containsExactly(
                "IIED and WWF-UK collaborated to conduct an analysis of progress made against commitments to tackle IWT at the intergovernmental conferences held since 2014.",
                "See https://pubs.iied.org/17715IIED/ and https://www.wwf.org.uk/sites/default/files/2019-08/WWF_IWT_Report_v8.pdf.",
                "UK DEFRA hosted a side event at CITES CoP18 on IWT which included a presentation on the analysis of commitments and lack of progress in meeting them.");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        String text = "Posters were placed at exits in Malaysia, e.g. airports. Also, see Conf. 11.3 by J. Smith. Done";
        assertThat(Sentences.split(text)).extracting(s -> s.of(text)).containsExactly(
                "Posters were placed at exits in Malaysia, e.g. airports.", "Also, see Conf. 11.3 by J. Smith.", "Done");
    }

    @Test
    void lineBreaksEndSentences() {
        String text = "First line without stop\nSecond line.";
        assertThat(Sentences.split(text)).extracting(s -> s.of(text)).containsExactly("First line without stop", "Second line.");
    }
}
