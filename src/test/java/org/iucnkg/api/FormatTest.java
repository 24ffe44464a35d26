package org.iucnkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iucnkg.query.BadParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/** How a representation is chosen: the format parameter, then Accept by quality, JSON by default. */
class FormatTest {

    @Test
    void theFormatParameterWinsOverAccept() throws Exception {
        assertThat(Format.choose("csv", "application/json", Format.TABLE)).isEqualTo(Format.CSV);
        assertThat(Format.choose("json", "text/csv", Format.TABLE)).isEqualTo(Format.JSON);
        assertThatThrownBy(() -> Format.choose("xml", null, Format.TABLE)).isInstanceOf(BadParameterException.class)
                .hasMessage("format must be one of json, csv");
    }

    @Test
    void acceptIsReadByQualityAndOrder() throws Exception {
        assertThat(Format.choose(null, null, Format.TABLE)).isEqualTo(Format.JSON);
        assertThat(Format.choose(null, "*/*", Format.TABLE)).isEqualTo(Format.JSON);
        assertThat(Format.choose(null, "text/csv, */*;q=0.1", Format.TABLE)).isEqualTo(Format.CSV);
        assertThat(Format.choose(null, "text/csv;q=0.5, application/json", Format.TABLE)).isEqualTo(Format.JSON);
        // a browser
        assertThat(Format.choose(null, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Format.TABLE)).isEqualTo(Format.JSON);
        assertThat(Format.choose(null, "not a media type", Format.TABLE)).isEqualTo(Format.JSON);
    }

    @Test
    void nothingAcceptableIsNotAcceptable() {
        assertThatThrownBy(() -> Format.choose(null, "text/csv", Format.OBJECT)).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        assertThatThrownBy(() -> Format.choose(null, "application/json;q=0", Format.TABLE)).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }
}
