package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.List;

import org.iucnkg.ingest.text.InlineMarkup;

/** A run of non-blank lines (a paragraph, a heading, a table), with the number of its first line. */
record Block(int firstLine, List<String> lines) {

    /** The lines joined with single spaces, markup kept. */
    String raw() {
        return String.join(" ", lines.stream().map(String::strip).toList()).strip();
    }

    /** The lines joined and read as plain text. */
    String plain() {
        return InlineMarkup.plain(raw());
    }

    /** Splits lines (numbered from {@code firstLineNumber}) into blocks; blank or space-only lines separate them. */
    static List<Block> split(List<String> lines, int firstLineNumber) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = firstLineNumber;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                if (!current.isEmpty()) blocks.add(new Block(start, List.copyOf(current)));
                current.clear();
            } else {
                if (current.isEmpty()) start = firstLineNumber + i;
                current.add(lines.get(i));
            }
        }
        if (!current.isEmpty()) blocks.add(new Block(start, List.copyOf(current)));
        return blocks;
    }
}
