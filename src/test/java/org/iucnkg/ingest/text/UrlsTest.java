package org.iucnkg.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void wwwAddressBecomesHttpAndLosesTheFullStop() {
        String bullet = Seeds.line("000", "peoplenotpoaching");
        assertThat(Urls.findAll(bullet)).extracting(Urls.Found::iri).containsExactly("http://www.peoplenotpoaching.org");
    }

    @Test
    void httpsAddressesAreKeptAsWrittenAndADotInsideStays() {
        String bullet = Seeds.line("000", "17715IIED");
        assertThat(Urls.findAll(bullet)).extracting(Urls.Found::iri).containsExactly(
                "https://pubs.iied.org/17715IIED/",
                "https://www.wwf.org.uk/sites/default/files/2019-08/WWF_IWT_Report_v8.pdf");
    }

    @Test
    void trailingPunctuationIsNotPartOfTheAddressButABalancedBracketIs() {
        assertThat(Urls.findAll("(see www.rewild.org/jambato).")).extracting(Urls.Found::iri).containsExactly("http://www.rewild.org/jambato");
        assertThat(Urls.findAll("see https://en.wikipedia.org/wiki/Re:wild_(organisation), and more"))
                .extracting(Urls.Found::iri).containsExactly("https://en.wikipedia.org/wiki/Re:wild_(organisation)");
    }

    @Test
    void wordsThatOnlyLookLikeAddressesAreNot() {
        assertThat(Urls.findAll("IUCN www and http: are not addresses")).isEmpty();
    }
}
