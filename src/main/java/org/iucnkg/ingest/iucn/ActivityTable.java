package org.iucnkg.ingest.iucn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.iucnkg.ingest.iucn.ParsedReport.Block;
import org.iucnkg.ingest.iucn.ParsedReport.Unplaced;

/**
 * The "ActionDescriptionStatus" table of an activity report (its header cells glued by the export):
 * one row per action, either tab-separated on one line or as consecutive lines (action, description
 * lines, status). The action cell gives the category, the status cell is kept as a note.
 */
final class ActivityTable {

    private ActivityTable() {}

    static List<Block> rows(List<String> lines, List<Unplaced> unplaced) {
        List<Block> rows = new ArrayList<>();
        String action = null;
        List<String> description = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) continue;
            if (line.contains("\t")) {
                String[] cells = line.split("\t");
                rows.add(row(cells[0], cells.length > 1 ? cells[1] : "", cells.length > 2 ? cells[2] : null, unplaced));
            } else if (action == null) {
                action = line;
            } else if (isStatus(line)) {
                rows.add(row(action, String.join(" ", description), line, unplaced));
                action = null;
                description.clear();
            } else {
                description.add(line.strip());
            }
        }
        if (action != null) rows.add(row(action, String.join(" ", description), null, unplaced));
        return rows;
    }

    /** A whole line that is a status ("Completed", "En cours"), not a description that starts with one. */
    private static boolean isStatus(String line) {
        int colon = line.indexOf(':');
        String head = colon > 0 ? line.substring(0, colon) : line;
        return Vocabulary.isStatusWord(head);
    }

    private static Block row(String action, String description, String status, List<Unplaced> unplaced) {
        Optional<String> category = Vocabulary.category(action);
        String text = description.isBlank() ? action.strip() : description.strip();
        if (category.isEmpty()) unplaced.add(new Unplaced("action category in the table", action.strip()));
        return new Block(category.orElse(null), text, status == null || status.isBlank() ? null : status.strip());
    }
}
