package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.iucnkg.ingest.cites.IccwcRecords.ToolkitRow;
import org.iucnkg.ingest.cites.IccwcRecords.Unplaced;
import org.iucnkg.ingest.text.Dates;

/**
 * Reads the tab-separated toolkit table by column position. The header rows name the columns
 * ("STEP 3: PREPARATORY WORK", "IMPLEMENTATION OF ACTION PLAN RECOMMENDATIONS"); a tick marks a
 * completed step, an empty cell one not completed. A row whose cell count differs from the
 * header's, or with a cell that is neither empty nor a tick, is reported rather than guessed.
 */
final class ToolkitTableReader {
    private static final Pattern STEP = Pattern.compile("(?i)\\bSTEP\\s+(\\d+)\\b");
    private static final Pattern ACTION_PLAN = Pattern.compile("(?i)ACTION PLAN RECOMMENDATIONS");
    private static final Pattern AS_OF = Pattern.compile("(?i)\\bas of\\s+([^)]+?)\\)?\\s*$");
    private static final Set<String> TICKS = Set.of("✓", "✔", "√", "☑");

    private ToolkitTableReader() {}

    /** Whether a block is a table: at least two of its lines hold tabs. */
    static boolean isTable(Block block) {
        return block.lines().stream().filter(l -> l.indexOf('\t') >= 0).count() >= 2;
    }

    static List<ToolkitRow> read(Block table, List<Unplaced> unplaced) {
        List<String[]> header = new ArrayList<>();
        List<ToolkitRow> rows = new ArrayList<>();
        Map<Integer, Integer> stepOfColumn = new TreeMap<>();
        int actionPlanColumn = -1;
        int width = 0;
        boolean dataStarted = false;
        for (String line : table.lines()) {
            String[] cells = line.split("\t", -1);
            boolean ticked = Arrays.stream(cells).anyMatch(c -> TICKS.contains(c.strip()));
            if (!dataStarted && !ticked) {
                header.add(cells);
                width = Math.max(width, cells.length);
                for (int c = 0; c < cells.length; c++) {
                    Matcher step = STEP.matcher(cells[c]);
                    if (step.find()) stepOfColumn.put(c, Integer.parseInt(step.group(1)));
                    if (ACTION_PLAN.matcher(cells[c]).find()) actionPlanColumn = c;
                }
                continue;
            }
            dataStarted = true;
            String problem = problem(cells, width, stepOfColumn.keySet(), actionPlanColumn);
            if (problem == null) rows.add(row(cells, stepOfColumn, actionPlanColumn));
            else unplaced.add(new Unplaced("toolkit table row " + problem, line.replace("\t", " | ")));
        }
        if (stepOfColumn.isEmpty() || actionPlanColumn < 0) {
            unplaced.add(new Unplaced("toolkit table header without step or action-plan columns",
                    header.stream().map(h -> String.join(" | ", h)).toList().toString()));
        }
        return rows;
    }

    /** What is wrong with a data row, or null if it can be read. */
    private static String problem(String[] cells, int width, Set<Integer> stepColumns, int actionPlanColumn) {
        if (stepColumns.isEmpty() || actionPlanColumn < 0) return "under a header without step or action-plan columns";
        if (cells.length != width) return "with " + cells.length + " cells where the header has " + width;
        if (cells[0].isBlank()) return "without a party";
        for (int c = 1; c < cells.length; c++) {
            String cell = cells[c].strip();
            if (!cell.isEmpty() && !TICKS.contains(cell)) return "with \"" + cell + "\" where a tick or nothing is expected";
            if (!cell.isEmpty() && !stepColumns.contains(c) && c != actionPlanColumn) return "with a tick in an unnamed column";
        }
        return null;
    }

    private static ToolkitRow row(String[] cells, Map<Integer, Integer> stepOfColumn, int actionPlanColumn) {
        TreeSet<Integer> steps = new TreeSet<>();
        stepOfColumn.forEach((column, step) -> {
            if (TICKS.contains(cells[column].strip())) steps.add(step);
        });
        return new ToolkitRow(cells[0].strip(), steps, stepOfColumn.size(), TICKS.contains(cells[actionPlanColumn].strip()));
    }

    /** The "(as of 9 November 2015)" date a heading or caption gives, if any. */
    static Literal asOf(String text) {
        Matcher m = AS_OF.matcher(text.strip());
        return m.find() ? Dates.parse(m.group(1)).map(Dates.Found::from).orElse(null) : null;
    }
}
