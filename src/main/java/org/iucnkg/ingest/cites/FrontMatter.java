package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iucnkg.ingest.cites.IccwcRecords.EventRef;
import org.iucnkg.ingest.cites.IccwcRecords.ToolkitClaim;
import org.iucnkg.ingest.cites.IccwcRecords.Unplaced;

/**
 * The text before the first part: convention heading, meeting name with place and dates, title,
 * introduction and the summary of each part ("Part 1. [ICCWC Global Network](#)" and its text).
 */
final class FrontMatter {
    private static final Pattern MEETING = Pattern.compile("(?i)^[a-z]+(?:-[a-z]+)? (?:regular |special )?meeting of the .+");
    private static final Pattern SUMMARY_HEADING = Pattern.compile("^Part\\s+\\d+\\.\\s+.*]\\(.*$");
    private static final Pattern AGENDA_ITEM = Pattern.compile("(?i)\\bagenda item (\\d+(?:\\.\\d+)*)");
    private static final Pattern PREPARED_BY = Pattern.compile("(?i)\\bprepared by the (\\p{L}+(?: \\p{L}+){0,4}?) in relation\\b");
    private static final Pattern REQUESTS = Pattern.compile("(?i)\\b(\\d+) requests?\\b");
    private static final Pattern COMPLETED = Pattern.compile("(?i)\\bcompleted in (\\d+) countr");
    private static final Pattern IN_PROGRESS = Pattern.compile("(?i)\\b(?:stages of implementation|in progress|under ?way|ongoing) in (\\d+) countr");

    String conventionName;
    EventRef meeting;
    String title;
    String agendaItem;
    String preparedBy;
    ToolkitClaim toolkitClaim;
    private final List<String> intro = new ArrayList<>();
    private final List<String> summaries = new ArrayList<>();

    /** Reads the blocks; anything it cannot place goes to {@code unplaced}. */
    FrontMatter(List<Block> blocks, List<Unplaced> unplaced) {
        String summaryHeading = null;
        for (Block block : blocks) {
            String text = block.plain();
            Matcher heading = SUMMARY_HEADING.matcher(block.lines().get(0).strip());
            if (heading.matches() && block.lines().size() == 1) {
                summaryHeading = text;
            } else if (summaryHeading != null) {
                summaries.add(summaryHeading + ": " + text);
                if (summaryHeading.toLowerCase(Locale.ROOT).contains("toolkit")) toolkitClaim = claim(text);
            } else if (conventionName == null && meeting == null && HeadingCase.isAllCaps(text) && text.startsWith("CONVENTION")) {
                conventionName = HeadingCase.title(text);
            } else if (meeting == null && title == null && MEETING.matcher(block.lines().get(0).strip()).matches()) {
                meeting = meeting(block);
            } else if (title == null && HeadingCase.isAllCaps(text)) {
                title = HeadingCase.title(text);
            } else if (title != null) {
                intro.add(text);
                readIntro(text);
            } else {
                unplaced.add(new Unplaced("heading of the document", text));
            }
        }
    }

    /** The introduction and each part's summary, as written, one paragraph each. */
    String description() {
        List<String> all = new ArrayList<>(intro);
        all.addAll(summaries);
        return all.isEmpty() ? null : String.join("\n\n", all);
    }

    private void readIntro(String text) {
        Matcher item = AGENDA_ITEM.matcher(text);
        if (agendaItem == null && item.find()) agendaItem = item.group(1);
        Matcher by = PREPARED_BY.matcher(text);
        if (preparedBy == null && by.find()) preparedBy = by.group(1);
    }

    private static EventRef meeting(Block block) {
        String label = block.lines().get(0).strip();
        String rest = String.join(" ", block.lines().subList(1, block.lines().size())).strip();
        Trailing.Dated dated = Trailing.splitDate(rest);
        List<String> where = Trailing.placeWithCountry(dated.head());
        return new EventRef(label, where, dated.date() == null ? null : dated.date().from(),
                dated.date() == null ? null : dated.date().to());
    }

    private static ToolkitClaim claim(String text) {
        return new ToolkitClaim(number(REQUESTS, text), number(COMPLETED, text), number(IN_PROGRESS, text), text);
    }

    private static Integer number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
