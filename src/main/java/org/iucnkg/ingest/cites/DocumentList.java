package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iucnkg.ingest.cites.IccwcRecords.Annex;
import org.iucnkg.ingest.cites.IccwcRecords.ListedDocument;
import org.iucnkg.ingest.cites.IccwcRecords.Unplaced;
import org.iucnkg.ingest.text.InlineMarkup;

/**
 * The numbered list of ICCWC documents: "1. CITES [SC66 Doc. 16.5](#); subject; January 2016."
 * followed by " - a. what it did", where annexes appear as "the Letter of ... ([Annex I](#))".
 */
final class DocumentList {
    private static final Pattern ITEM = Pattern.compile(
            "^(\\d{1,3})\\.\\s+(?:(\\p{Lu}[\\p{L}]*)\\s+)?\\[((?:\\\\.|[^\\]\\\\])+)]\\([^)]*\\)\\s*[;,]?\\s*(.*)$");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\s*-\\s+[a-z]\\.\\s+(.*)$");
    private static final Pattern ANNEX = Pattern.compile("([^,(]+?)\\s*\\(\\[(Annex [IVXLC\\d]+)]\\([^)]*\\)\\)");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:(?:and|the|an|a)\\s+)+");
    private static final Pattern ACRONYM = Pattern.compile("^(\\p{Lu}{2,})\\s");

    private DocumentList() {}

    /** Whether a block is such a list: its first line is a numbered item that starts with a link. */
    static boolean isList(Block block) {
        return ITEM.matcher(block.lines().get(0).strip()).matches();
    }

    static List<ListedDocument> read(Block block, List<Unplaced> unplaced) {
        List<ListedDocument> documents = new ArrayList<>();
        Matcher item = null;
        List<String> subItems = new ArrayList<>();
        for (String line : block.lines()) {
            Matcher next = ITEM.matcher(line.strip());
            Matcher sub = SUB_ITEM.matcher(line);
            if (next.matches()) {
                if (item != null) documents.add(document(item, subItems));
                item = next;
                subItems = new ArrayList<>();
            } else if (sub.matches() && item != null) {
                subItems.add(sub.group(1));
            } else {
                unplaced.add(new Unplaced("list of ICCWC documents", line.strip()));
            }
        }
        if (item != null) documents.add(document(item, subItems));
        return documents;
    }

    private static ListedDocument document(Matcher item, List<String> subItems) {
        String identifier = InlineMarkup.plain(item.group(3));
        Trailing.Dated rest = Trailing.splitDate(InlineMarkup.plain(item.group(4)));
        String title = rest.head().isEmpty() ? identifier : rest.head();
        String creator = item.group(2);
        Matcher acronym = ACRONYM.matcher(identifier);
        if (creator == null && acronym.find()) creator = acronym.group(1);
        String description = subItems.isEmpty() ? null
                : InlineMarkup.plain(String.join(" ", subItems));
        List<Annex> annexes = new ArrayList<>();
        for (String sub : subItems) {
            Matcher annex = ANNEX.matcher(sub);
            while (annex.find()) {
                String what = LEADING_WORDS.matcher(InlineMarkup.plain(annex.group(1))).replaceFirst("");
                annexes.add(new Annex(annex.group(2), what));
            }
        }
        return new ListedDocument(Integer.parseInt(item.group(1)), identifier, creator, title,
                rest.date() == null ? null : rest.date().from(), description, annexes);
    }
}
