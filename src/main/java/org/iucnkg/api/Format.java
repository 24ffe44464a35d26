package org.iucnkg.api;

import java.util.Comparator;
import java.util.List;

import org.iucnkg.query.BadParameterException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/** The representations of REST answers: JSON always, CSV where the answer is a table, Turtle for RDF. */
enum Format {
    JSON("json", MediaType.APPLICATION_JSON), CSV("csv", MediaType.parseMediaType("text/csv")),
    TURTLE("ttl", MediaType.parseMediaType("text/turtle"));

    static final String PARAMETER = "format";
    static final List<Format> TABLE = List.of(JSON, CSV);
    static final List<Format> OBJECT = List.of(JSON);

    private final String parameterValue;
    private final MediaType mediaType;

    Format(String parameterValue, MediaType mediaType) {
        this.parameterValue = parameterValue;
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The value of the {@code format} parameter that asks for it. */
    String parameterValue() {
        return parameterValue;
    }

    /**
     * The {@code format} parameter wins; otherwise the first of the {@code offered} formats that the
     * highest-quality types in {@code Accept} include; the first offered when the client states nothing.
     */
    static Format choose(String parameter, String accept, List<Format> offered) throws HttpMediaTypeNotAcceptableException {
        if (parameter != null) return named(parameter, offered);
        if (accept == null || accept.isBlank()) return offered.get(0);
        for (MediaType wanted : byQuality(accept)) {
            for (Format format : offered) {
                if (wanted.getQualityValue() > 0 && wanted.includes(format.mediaType)) return format;
            }
        }
        throw new HttpMediaTypeNotAcceptableException(offered.stream().map(Format::mediaType).toList());
    }

    private static Format named(String parameter, List<Format> offered) {
        for (Format format : offered) {
            if (format.parameterValue.equals(parameter)) return format;
        }
        List<String> names = offered.stream().map(Format::parameterValue).toList();
        throw new BadParameterException(PARAMETER, PARAMETER + " must be one of " + String.join(", ", names), names);
    }

    private static List<MediaType> byQuality(String accept) {
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                    .toList();
        } catch (InvalidMediaTypeException e) {
            return List.of(MediaType.ALL);
        }
    }
}
