package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.iucnkg.ingest.cites.IccwcRecords.InfoDocument;
import org.iucnkg.ingest.cites.IccwcRecords.Instrument;
import org.iucnkg.ingest.cites.IccwcRecords.ListedDocument;
import org.iucnkg.ingest.cites.IccwcRecords.NetworkFigure;
import org.iucnkg.ingest.cites.IccwcRecords.QuotedParagraph;
import org.iucnkg.ingest.cites.IccwcRecords.ToolkitTable;
import org.iucnkg.ingest.cites.IccwcRecords.Unplaced;

/**
 * Reads the text of a CITES information document on ICCWC into records. The document is split at
 * its part headings ("Part 2. Role and recognition of ICCWC", without a link); each part is read
 * by what its heading names: the global network, the recognition, or the toolkit.
 */
final class InfoDocumentReader {
    private static final Pattern PART = Pattern.compile("^Part\\s+(\\d+)\\.\\s+([^\\[\\]]+)$");

    private InfoDocumentReader() {}

    static InfoDocument read(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (PART.matcher(lines.get(i).strip()).matches()) starts.add(i);
        }
        List<Unplaced> unplaced = new ArrayList<>();
        int frontEnd = starts.isEmpty() ? lines.size() : starts.get(0);
        FrontMatter front = new FrontMatter(Block.split(lines.subList(0, frontEnd), 1), unplaced);
        List<NetworkFigure> figures = new ArrayList<>();
        InstrumentReader instruments = new InstrumentReader(front.title, unplaced);
        ToolkitTable table = null;
        for (int p = 0; p < starts.size(); p++) {
            int start = starts.get(p);
            int end = p + 1 < starts.size() ? starts.get(p + 1) : lines.size();
            String heading = lines.get(start).strip();
            List<Block> blocks = Block.split(lines.subList(start + 1, end), start + 2);
            String about = heading.toLowerCase(Locale.ROOT);
            if (about.contains("toolkit")) {
                table = ToolkitPart.read(heading, blocks, unplaced);
            } else if (about.contains("recognition")) {
                instruments.read(blocks);
            } else if (about.contains("network")) {
                figures.addAll(networkFigures(blocks, unplaced));
            } else {
                ToolkitPart.furniture(blocks, "in \"" + heading + "\"", unplaced);
            }
        }
        String meetingCode = front.meeting == null ? null : MeetingCode.of(front.meeting.label()).orElse(null);
        List<Instrument> read = instruments.instruments();
        List<ListedDocument> listed = instruments.documents();
        return new InfoDocument(front.conventionName, front.meeting, meetingCode, front.title, front.agendaItem,
                front.preparedBy, front.description(), front.toolkitClaim, figures, partners(read), read, listed,
                table, unplaced);
    }

    private static List<NetworkFigure> networkFigures(List<Block> blocks, List<Unplaced> unplaced) {
        List<NetworkFigure> figures = new ArrayList<>();
        for (Block block : blocks) {
            NetworkFigures.Read read = NetworkFigures.in(block.plain());
            figures.addAll(read.figures());
            read.unread().forEach(clause -> unplaced.add(new Unplaced("global network figure not understood", clause)));
            if (read.figures().isEmpty() && read.unread().isEmpty()) {
                unplaced.add(new Unplaced("global network part", block.plain()));
            }
        }
        return figures;
    }

    /** The partners the first quoted paragraph that lists them names. */
    private static List<String> partners(List<Instrument> instruments) {
        return instruments.stream()
                .flatMap(i -> i.paragraphs().stream())
                .map(QuotedParagraph::text)
                .map(PartnerList::in)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(List.of());
    }
}
