package org.iucnkg.ingest.cites;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The headings instruments are listed under, with their concept keys in the recognition-groups scheme. */
enum RecognitionGroup {
    GOVERNING_BODIES("governing-bodies", "GOVERNING BODIES"),
    GLOBAL_DECLARATIONS("global-declarations", "GLOBAL DECLARATIONS"),
    REGIONAL_DECLARATIONS("regional-declarations", "REGIONAL DECLARATIONS");

    final String conceptKey;
    private final String headingStart;

    RecognitionGroup(String conceptKey, String headingStart) {
        this.conceptKey = conceptKey;
        this.headingStart = headingStart;
    }

    static Optional<RecognitionGroup> ofHeading(String heading) {
        String upper = heading.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> upper.startsWith(g.headingStart)).findFirst();
    }
}
