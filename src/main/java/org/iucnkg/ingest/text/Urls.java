package org.iucnkg.ingest.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Web addresses in report text: {@code https://...} as written, {@code www.x.org} as {@code http://www.x.org}. */
public final class Urls {

    /** One address: where it is written and the IRI it stands for. */
    public record Found(Span span, String iri) {}

    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"“”‘’]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}'";

    private Urls() {}

    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String raw = stripTrailing(m.group());
            String iri = raw.regionMatches(true, 0, "www.", 0, 4) ? "http://" + raw : raw;
            if (isIri(iri)) found.add(new Found(new Span(m.start(), m.start() + raw.length()), iri));
        }
        return found;
    }

    /** Trailing sentence punctuation is not part of an address; a closing bracket is, if it has its opening one. */
    private static String stripTrailing(String raw) {
        String url = raw;
        while (!url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0) {
            char last = url.charAt(url.length() - 1);
            if (last == ')' && url.indexOf('(') >= 0) break;
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    private static boolean isIri(String candidate) {
        try {
            URI uri = new URI(candidate);
            return uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
