package org.iucnkg.ingest.iucn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.iucnkg.ingest.iucn.ParsedReport.Block;

/**
 * Splits a results or future-actions text into one block per reported item: a bullet ("- …", with
 * its wrapped lines), or a line or paragraph. A line that is exactly a category name is a
 * sub-heading: it gives the category of the items after it, and alone (no items follow) it is an
 * item of its own. A category glued to its text ("Capacity-buildingWe trained …") starts an item of
 * that category. A lead-in line that only introduces the items ("Some activities were undertaken
 * late in 2018 and were not recorded in any previous report") is not an item: it stays in the
 * section's whole text.
 */
final class Blocks {

    private static final Pattern BULLET = Pattern.compile("^[-•*–]\\s+");
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^(?:some|the following|these|below|other|further|several|additional)\\s+(?:\\w+\\s+){0,2}"
            + "(?:activities|actions|achievements|results)\\s+(?:were|are|have been|was|is|include)\\b[^.]*\\.?$");
    private static final int MAX_LEAD_IN = 200;

    private Blocks() {}

    static List<Block> split(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        String category = null;
        String pendingHeading = null;
        StringBuilder current = null;
        boolean bullet = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                current = flush(current, category, blocks);
                continue;
            }
            Optional<String> heading = Vocabulary.category(line);
            if (heading.isPresent()) {
                current = flush(current, category, blocks);
                if (pendingHeading != null) blocks.add(new Block(category, pendingHeading, null));
                category = heading.get();
                pendingHeading = line;
                continue;
            }
            Optional<Vocabulary.Glued> glued = Vocabulary.glued(line);
            if (glued.isPresent()) {
                current = flush(current, category, blocks);
                category = glued.get().category();
                current = new StringBuilder(glued.get().rest());
                bullet = false;
            } else if (BULLET.matcher(line).find()) {
                current = flush(current, category, blocks);
                current = new StringBuilder(BULLET.matcher(line).replaceFirst(""));
                bullet = true;
            } else if (current != null && bullet) {
                current.append(' ').append(line);
            } else {
                current = flush(current, category, blocks);
                if (blocks.isEmpty() && category == null && isLeadIn(line)) continue;
                current = new StringBuilder(line);
                bullet = false;
            }
            pendingHeading = null;
        }
        flush(current, category, blocks);
        if (pendingHeading != null) blocks.add(new Block(category, pendingHeading, null));
        return blocks;
    }

    static boolean isLeadIn(String line) {
        return line.length() <= MAX_LEAD_IN && (line.endsWith(":") || LEAD_IN.matcher(line).matches());
    }

    private static StringBuilder flush(StringBuilder current, String category, List<Block> into) {
        if (current != null && !current.toString().isBlank()) into.add(new Block(category, current.toString().strip(), null));
        return null;
    }
}
