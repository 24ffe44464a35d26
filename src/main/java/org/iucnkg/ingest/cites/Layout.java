package org.iucnkg.ingest.cites;

import java.util.regex.Pattern;

/**
 * Text that is page layout, not content. Blank lines, table borders ("|---|--|") and captions
 * that restate a heading are dropped without a warning; everything else a reader does not place
 * is reported.
 */
final class Layout {
    private static final Pattern BORDER = Pattern.compile("^[\\s|:+*-]*[|-][\\s|:+*-]*$");
    private static final Pattern CHART_CAPTION = Pattern.compile("(?i)^examples of the recognition\\b.*\\brole of\\b.*");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

    private Layout() {}

    static boolean isBorder(String line) {
        return BORDER.matcher(line).matches();
    }

    /** The caption of the recognition chart, or a line that repeats the document's title. */
    static boolean isCaption(String plain, String documentTitle) {
        return CHART_CAPTION.matcher(plain).matches()
                || (documentTitle != null && LEADING_THE.matcher(plain).replaceFirst("").equalsIgnoreCase(documentTitle));
    }
}
