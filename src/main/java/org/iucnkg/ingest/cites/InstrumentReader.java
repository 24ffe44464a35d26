package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.iucnkg.ingest.cites.IccwcRecords.EventRef;
import org.iucnkg.ingest.cites.IccwcRecords.Instrument;
import org.iucnkg.ingest.cites.IccwcRecords.ListedDocument;
import org.iucnkg.ingest.cites.IccwcRecords.QuotedParagraph;
import org.iucnkg.ingest.cites.IccwcRecords.Unplaced;
import org.iucnkg.ingest.text.Dates;

/**
 * Reads the "Role and recognition" part: group headings, then for each instrument an optional line
 * before its title (the issuing body under "governing bodies", else the event), the title line, an
 * optional event line ending in a date, and the quoted paragraphs; then the list of ICCWC documents.
 */
final class InstrumentReader {
    private static final Pattern IDENTIFIER = Pattern.compile("^(?:(\\p{Lu}[\\p{L}]*\\p{Lu})\\s+)?(?:Resolution|Decision)\\s+(.+)$");
    private static final Pattern REVISION = Pattern.compile("\\(Rev\\.\\s*(CoP\\d+)\\)");
    private static final Pattern GENERIC_NAME = Pattern.compile(
            "(?i)^(?:urgent\\s+)?(?:declaration|statement|recommendations|measures|resolution|decision)$");
    private static final Pattern OF_BODY = Pattern.compile("^of the (.+?)(?: on |,|$)");
    private static final int MAX_HEADER_LENGTH = 300;

    private final String documentTitle;
    private final List<Unplaced> unplaced;
    private final List<Instrument> instruments = new ArrayList<>();
    private final List<ListedDocument> documents = new ArrayList<>();
    private RecognitionGroup group;
    private Draft draft;

    InstrumentReader(String documentTitle, List<Unplaced> unplaced) {
        this.documentTitle = documentTitle;
        this.unplaced = unplaced;
    }

    List<Instrument> instruments() { return instruments; }
    List<ListedDocument> documents() { return documents; }

    void read(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            String text = block.plain();
            if (DocumentList.isList(block)) {
                finish();
                documents.addAll(DocumentList.read(block, unplaced));
            } else if (next != null && DocumentList.isList(next) && text.endsWith(":")) {
                finish(); // the list's caption: what it says is the list itself
            } else if (Layout.isCaption(text, documentTitle)) {
                continue;
            } else if (HeadingCase.isAllCaps(text)) {
                finish();
                group = RecognitionGroup.ofHeading(text).orElse(null);
                if (group == null) unplaced.add(new Unplaced("heading in the recognition part (instruments under it get no group)", text));
            } else if (InstrumentTitle.isTitle(block)) {
                i += start(null, block, next);
            } else if (next != null && InstrumentTitle.isTitle(next) && isHeaderLine(text)) {
                i += 1 + start(text, next, i + 2 < blocks.size() ? blocks.get(i + 2) : null);
            } else if (draft != null) {
                draft.add(text);
            } else {
                unplaced.add(new Unplaced("recognition part, before any instrument", text));
            }
        }
        finish();
    }

    /** Starts an instrument; returns 1 if the block after the title was its event line, else 0. */
    private int start(String lineBefore, Block title, Block after) {
        finish();
        draft = new Draft(group, lineBefore, InstrumentTitle.parse(title));
        String afterText = after == null ? "" : after.plain();
        if (after != null && isHeaderLine(afterText) && !InstrumentTitle.isTitle(after)) {
            Trailing.Dated dated = Trailing.splitDate(afterText);
            if (dated.date() != null) {
                draft.eventDated = dated;
                return 1;
            }
        }
        return 0;
    }

    private static boolean isHeaderLine(String text) {
        return text.length() <= MAX_HEADER_LENGTH && !ParagraphNumber.isNumbered(text) && !text.matches(".*[.;:,]$");
    }

    private void finish() {
        if (draft != null) instruments.add(draft.build(instruments.size() + 1));
        draft = null;
    }

    /** An instrument while its paragraphs are being read. */
    private final class Draft {
        private final RecognitionGroup group;
        private final String lineBefore;
        private final InstrumentTitle title;
        private final List<String> paragraphs = new ArrayList<>();
        private Trailing.Dated eventDated;

        Draft(RecognitionGroup group, String lineBefore, InstrumentTitle title) {
            this.group = group;
            this.lineBefore = lineBefore;
            this.title = title;
        }

        void add(String text) {
            int last = paragraphs.size() - 1;
            if (last >= 0 && ParagraphNumber.continuesPrevious(paragraphs.get(last), text)) {
                paragraphs.set(last, paragraphs.get(last) + " " + text);
            } else {
                paragraphs.add(text);
            }
        }

        Instrument build(int order) {
            InstrumentKind kind = InstrumentKind.of(title.name());
            boolean bodyBefore = group == RecognitionGroup.GOVERNING_BODIES
                    || (group == null && kind == InstrumentKind.RESOLUTION);
            String issuingBody = bodyBefore ? lineBefore : null;
            EventRef event = event(bodyBefore ? null : lineBefore);
            Literal date = title.date() != null ? title.date().from()
                    : eventDated == null ? null : Literals.commonPart(eventDated.date());
            Matcher id = IDENTIFIER.matcher(title.name());
            String identifier = kind == InstrumentKind.RESOLUTION && id.matches()
                    ? (id.group(1) == null ? id.group(2) : id.group(1) + " " + id.group(2)) : null;
            Matcher revision = REVISION.matcher(title.name());
            return new Instrument(order, group, kind, shortName(issuingBody, event), title.fullTitle(),
                    title.subject(), identifier, issuingBody, date, event,
                    revision.find() ? revision.group(1) : null, quoted());
        }

        private EventRef event(String labelBefore) {
            if (eventDated != null) {
                if (labelBefore != null) unplaced.add(new Unplaced("line before " + title.name(), labelBefore));
                Trailing.Located located = Trailing.splitPlaces(eventDated.head());
                return new EventRef(located.head(), located.where(), eventDated.date().from(), eventDated.date().to());
            }
            if (labelBefore == null) return null;
            Dates.Found date = title.date();
            return new EventRef(labelBefore, title.where(), date == null ? null : date.from(), date == null ? null : date.to());
        }

        /** A bare "Declaration" or "Urgent Measures" is named after its body or event. */
        private String shortName(String issuingBody, EventRef event) {
            if (!GENERIC_NAME.matcher(title.name()).matches()) return title.name();
            String afterName = title.fullTitle().substring(title.name().length()).strip();
            Matcher ofBody = OF_BODY.matcher(afterName);
            Optional<String> qualifier = ofBody.find() ? Optional.of(ofBody.group(1))
                    : Optional.ofNullable(event != null ? event.label().split(" on ")[0] : issuingBody);
            return qualifier.map(q -> q + " " + title.name()).orElse(title.name());
        }

        private List<QuotedParagraph> quoted() {
            List<QuotedParagraph> quoted = new ArrayList<>();
            for (String text : paragraphs) {
                ParagraphNumber.Numbered numbered = ParagraphNumber.split(text);
                quoted.add(new QuotedParagraph(quoted.size() + 1, numbered.number(), numbered.text(), HeldEvents.in(text)));
            }
            return quoted;
        }
    }
}
