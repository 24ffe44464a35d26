package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.iucnkg.ingest.cites.IccwcRecords.ToolkitRow;
import org.iucnkg.ingest.cites.IccwcRecords.ToolkitTable;
import org.iucnkg.ingest.cites.IccwcRecords.Unplaced;
import org.iucnkg.ingest.text.InlineMarkup;

/**
 * The toolkit part: the table, the "Prepared by ..., updated as of ..." line, and then the maps of
 * the last parts, of which the text keeps only legends, region names and captions. Those are
 * reported together as one warning; a sentence among them is reported on its own.
 */
final class ToolkitPart {
    private static final Pattern PREPARED_BY = Pattern.compile("(?i)^Prepared by (.+?)(?:,\\s*updated as of .+)?$");
    private static final Pattern NAME_BREAK = Pattern.compile(",\\s+|\\s+and\\s+(?=(?:the\\s+)?\\p{Lu})");
    private static final int FURNITURE_LENGTH = 80;

    private ToolkitPart() {}

    static ToolkitTable read(String heading, List<Block> blocks, List<Unplaced> unplaced) {
        Literal statusAsOf = ToolkitTableReader.asOf(heading);
        List<ToolkitRow> rows = null;
        List<String> preparedBy = List.of();
        Literal updatedAsOf = null;
        List<Block> rest = new ArrayList<>();
        for (Block block : blocks) {
            Matcher prepared = PREPARED_BY.matcher(block.plain());
            if (rows == null && ToolkitTableReader.isTable(block)) {
                rows = ToolkitTableReader.read(block, unplaced);
            } else if (rows != null && preparedBy.isEmpty() && prepared.matches()) {
                preparedBy = Arrays.stream(NAME_BREAK.split(prepared.group(1))).map(n -> n.replaceFirst("^the\\s+", "")).toList();
                updatedAsOf = ToolkitTableReader.asOf(block.plain());
            } else if (statusAsOf != null && statusAsOf.equals(ToolkitTableReader.asOf(block.plain()))) {
                continue; // a caption restating the table's heading and date
            } else {
                rest.add(block);
            }
        }
        if (rows == null) {
            unplaced.add(new Unplaced("toolkit part", "no tab-separated table found under \"" + heading + "\""));
            rows = List.of();
        }
        furniture(rest, "after the toolkit table", unplaced);
        return new ToolkitTable(statusAsOf, rows, preparedBy, updatedAsOf);
    }

    /**
     * Reports left-over blocks: short lines without a full stop (map regions, legends, keys such
     * as "WEN: Wildlife Enforcement Network") as one list, longer text one by one.
     */
    static void furniture(List<Block> blocks, String where, List<Unplaced> unplaced) {
        Set<String> legends = new LinkedHashSet<>();
        for (Block block : blocks) {
            for (String line : block.lines()) {
                if (Layout.isBorder(line)) continue;
                for (String cell : line.contains("|") ? line.split("\\|") : new String[] {line}) {
                    String text = InlineMarkup.plain(cell);
                    if (text.isEmpty()) continue;
                    if (text.length() <= FURNITURE_LENGTH && !text.endsWith(".")) legends.add(text);
                    else unplaced.add(new Unplaced(where, text));
                }
            }
        }
        if (!legends.isEmpty()) {
            unplaced.add(new Unplaced("map legends, regions and captions " + where + " (the maps' content is not in the text)",
                    String.join("; ", legends)));
        }
    }
}
