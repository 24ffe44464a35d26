package org.iucnkg.ingest.cites;

import java.util.regex.Pattern;

/** Resolution (a body's resolution or decision) or declaration (statement, recommendations, urgent measures). */
enum InstrumentKind {
    RESOLUTION, DECLARATION;

    private static final Pattern RESOLUTION_WORDS = Pattern.compile("(?i)\\b(resolution|decision)\\b");
    private static final Pattern DECLARATION_WORDS = Pattern.compile(
            "(?i)\\b(declaration|statement|recommendations|measures|action plan|communiqu[eé])\\b");

    /** The kind a name says ("ECOSOC Resolution 2011/36", "Kasane Statement"), or null if it says neither. */
    static InstrumentKind of(String name) {
        if (RESOLUTION_WORDS.matcher(name).find()) return RESOLUTION;
        if (DECLARATION_WORDS.matcher(name).find()) return DECLARATION;
        return null;
    }
}
