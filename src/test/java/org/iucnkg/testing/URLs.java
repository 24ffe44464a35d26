package org.iucnkg.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL encoding for query strings and forms. */
public final class URLs {
    private URLs() {}

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
