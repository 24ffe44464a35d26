package org.iucnkg.sparql;

import java.util.List;
import java.util.Map;

/** A query's answer as sent: status 200, the headers the query service set, and the body. */
record CachedAnswer(Map<String, List<String>> headers, byte[] body) {

    long bytes() {
        return 256L + body.length;
    }
}
