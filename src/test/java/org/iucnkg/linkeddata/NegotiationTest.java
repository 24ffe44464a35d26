package org.iucnkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationTest {
    private static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String CHROME = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
            + "application/signed-exchange;v=b3;q=0.7";

    private static Optional<Format> accept(String accept) {
        return Negotiation.choose(null, null, accept);
    }

    @Test
    void browsersGetHtml() {
        assertThat(accept(FIREFOX)).contains(Format.HTML);
        assertThat(accept(CHROME)).contains(Format.HTML);
    }

    @Test
    void noPreferenceGetsHtml() {
        assertThat(accept(null)).contains(Format.HTML);
        assertThat(accept("")).contains(Format.HTML);
        assertThat(accept("*/*")).contains(Format.HTML);
        assertThat(accept("this is not a media type")).contains(Format.HTML);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/turtle | TURTLE",
            "application/ld+json | JSONLD",
            "application/rdf+xml | RDFXML",
            "application/n-triples | NTRIPLES",
            "text/html | HTML"})
    void eachMediaTypeSelectsItsFormat(String accept, Format expected) {
        assertThat(accept(accept)).contains(expected);
    }

    @Test
    void higherQualityWins() {
        assertThat(accept("text/html;q=0.5, text/turtle")).contains(Format.TURTLE);
        assertThat(accept("application/rdf+xml;q=0.9, application/ld+json;q=0.95, text/html;q=0.1")).contains(Format.JSONLD);
        assertThat(accept("text/turtle;q=0.2, */*;q=0.8")).contains(Format.HTML);
    }

    @Test
    void aMoreSpecificRangeWinsOverAWildcardOfTheSameQuality() {
        assertThat(accept("*/*, application/n-triples")).contains(Format.NTRIPLES);
        assertThat(accept("text/*, application/ld+json")).contains(Format.JSONLD);
    }

    @Test
    void equalPreferencesFollowTheOrderTheClientGaveThem() {
        assertThat(accept("text/turtle, text/html")).contains(Format.TURTLE);
        assertThat(accept("text/html, text/turtle")).contains(Format.HTML);
    }

    @Test
    void qualityZeroRefusesAFormatEvenUnderAWildcard() {
        assertThat(accept("text/html;q=0, */*")).contains(Format.TURTLE);
        assertThat(accept("text/*;q=0, application/*")).contains(Format.JSONLD);
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertThat(accept("image/png")).isEmpty();
        assertThat(accept("application/json")).isEmpty();
        assertThat(accept("text/plain")).isEmpty(); // Jena's alias for N-Triples is not offered: the answer would not be text/plain
        assertThat(accept("text/html;q=0")).isEmpty();
    }

    @Test
    void aSuffixBeatsTheFormatParameterAndAccept() {
        assertThat(Negotiation.choose("ttl", "jsonld", "application/rdf+xml")).contains(Format.TURTLE);
        assertThat(Negotiation.choose("nt", null, FIREFOX)).contains(Format.NTRIPLES);
        assertThat(Negotiation.choose("html", null, "text/turtle")).contains(Format.HTML);
        assertThat(Negotiation.choose("rdf", null, null)).contains(Format.RDFXML);
        assertThat(Negotiation.choose("jsonld", null, null)).contains(Format.JSONLD);
    }

    @Test
    void theFormatParameterBeatsAccept() {
        assertThat(Negotiation.choose(null, "turtle", FIREFOX)).contains(Format.TURTLE);
        assertThat(Negotiation.choose(null, "json-ld", "text/turtle")).contains(Format.JSONLD);
        assertThat(Negotiation.choose(null, "nt", null)).contains(Format.NTRIPLES);
        assertThat(Negotiation.choose(null, "html", "text/turtle")).contains(Format.HTML);
    }

    @Test
    void unknownSuffixOrFormatIsEmpty() {
        assertThat(Negotiation.choose("csv", null, null)).isEmpty();
        assertThat(Negotiation.choose(null, "yaml", "text/turtle")).isEmpty();
        assertThat(Negotiation.choose(null, "trig", null)).isEmpty();
    }

    @Test
    void formatsCarryJenasMediaTypesAndSuffixes() {
        assertThat(Format.TURTLE.mediaType()).hasToString("text/turtle");
        assertThat(Format.NTRIPLES.mediaType()).hasToString("application/n-triples");
        assertThat(Format.rdf()).extracting(Format::suffix).containsExactly("ttl", "jsonld", "rdf", "nt");
    }
}
