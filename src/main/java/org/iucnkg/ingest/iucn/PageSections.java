package org.iucnkg.ingest.iucn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cuts a report page into its fields: the lines under each heading, in whatever order the headings
 * come. Banner lines are dropped; other text before the title is kept as unplaced; lines under no
 * heading (after a layout line, or after an activity report's one-line header fields) are the body.
 */
final class PageSections {

    record Split(PageLines.TitleLine title, Map<Section, List<String>> fields, List<String> body,
                 List<ParsedReport.Unplaced> beforeTitle) {

        List<String> lines(Section section) { return fields.getOrDefault(section, List.of()); }

        boolean has(Section section) { return fields.containsKey(section); }
    }

    private PageSections() {}

    static Split read(String text) {
        String[] lines = text.split("\n", -1);
        int titleAt = -1;
        PageLines.TitleLine title = null;
        for (int i = 0; i < lines.length && title == null; i++) {
            Optional<PageLines.TitleLine> t = PageLines.title(lines[i]);
            if (t.isPresent()) { title = t.get(); titleAt = i; }
        }
        List<ParsedReport.Unplaced> beforeTitle = new ArrayList<>();
        for (int i = 0; i < titleAt; i++) {
            if (!lines[i].isBlank() && !PageLines.isNoise(lines[i])) {
                beforeTitle.add(new ParsedReport.Unplaced("text before the title", lines[i].strip()));
            }
        }
        Map<Section, List<String>> fields = new EnumMap<>(Section.class);
        List<String> body = new ArrayList<>();
        Section current = null;
        for (int i = titleAt + 1; i < lines.length; i++) {
            String line = lines[i];
            if (PageLines.isNoise(line)) continue;
            Optional<Headings.Heading> heading = Headings.match(line);
            if (heading.isPresent()) {
                current = heading.get().section() == Section.LAYOUT ? null : heading.get().section();
                if (current == null) continue;
                List<String> field = fields.computeIfAbsent(current, k -> new ArrayList<>());
                if (!heading.get().value().isEmpty()) {
                    field.add(heading.get().value());
                    if (current.singleValue()) current = null;
                }
            } else if (current == null) {
                if (!line.isBlank() || !body.isEmpty()) body.add(line.strip());
            } else if (current.singleValue()) {
                if (line.isBlank()) continue;
                fields.get(current).add(line.strip());
                current = null;
            } else {
                fields.get(current).add(line.strip());
            }
        }
        return new Split(title, fields, body, beforeTitle);
    }
}
