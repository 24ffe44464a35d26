package org.iucnkg.linkeddata;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which format a request gets: a URL suffix wins, then a {@code format} parameter, then the best
 * match of the Accept header, then HTML. Empty means nothing on offer is acceptable (406).
 */
final class Negotiation {
    private Negotiation() {}

    /** One offered media type as the Accept header rates it. */
    private record Match(Format format, double quality, int wildcards, int position) {}

    private static final Comparator<Match> PREFERENCE = Comparator.comparingDouble(Match::quality)
            .thenComparing(Comparator.comparingInt(Match::wildcards).reversed())
            .thenComparing(Comparator.comparingInt(Match::position).reversed());

    static Optional<Format> choose(String suffix, String format, String accept) {
        if (suffix != null) return Format.bySuffix(suffix);
        if (format != null && !format.isBlank()) return Format.byName(format.strip());
        List<MediaType> ranges = parse(accept);
        if (ranges.isEmpty()) return Optional.of(Format.HTML);
        // Stream.max keeps the first of equals, so the order of Format breaks the last ties (HTML first).
        return Arrays.stream(Format.values())
                .flatMap(f -> match(f, ranges).stream())
                .filter(m -> m.quality() > 0)
                .max(PREFERENCE)
                .map(Match::format);
    }

    /** The most specific range that includes the offer decides its quality (RFC 9110, 12.5.1). */
    private static Optional<Match> match(Format format, List<MediaType> ranges) {
        return IntStream.range(0, ranges.size()).filter(i -> ranges.get(i).includes(format.mediaType())).boxed()
                .min(Comparator.comparingInt(i -> wildcards(ranges.get(i))))
                .map(i -> new Match(format, ranges.get(i).getQualityValue(), wildcards(ranges.get(i)), i));
    }

    private static int wildcards(MediaType range) {
        return (range.isWildcardType() ? 1 : 0) + (range.isWildcardSubtype() ? 1 : 0);
    }

    /** An absent or unreadable Accept header asks for nothing in particular. */
    private static List<MediaType> parse(String accept) {
        if (accept == null || accept.isBlank()) return List.of();
        try {
            return MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return List.of();
        }
    }
}
