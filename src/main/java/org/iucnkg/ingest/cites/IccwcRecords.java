package org.iucnkg.ingest.cites;

import java.util.List;
import java.util.SortedSet;

import org.apache.jena.rdf.model.Literal;

/**
 * What a CITES information document on ICCWC says, as plain values read from its text and not
 * yet resolved to IRIs. Strings are as written, with inline markup removed; dates are typed
 * literals as precise as the text.
 */
final class IccwcRecords {
    private IccwcRecords() {}

    /** The whole document. {@code meeting} and {@code toolkitTable} may be null when the text lacks them. */
    record InfoDocument(
            String conventionName,
            EventRef meeting,
            String meetingCode,
            String title,
            String agendaItem,
            String preparedBy,
            String description,
            ToolkitClaim toolkitClaim,
            List<NetworkFigure> networkFigures,
            List<String> partnerNames,
            List<Instrument> instruments,
            List<ListedDocument> listedDocuments,
            ToolkitTable toolkitTable,
            List<Unplaced> unplaced) {}

    /**
     * A meeting, conference or summit as the text names it: label, place and country parts in
     * text order ("Gaborone", "Botswana"), start and end date (equal for a single date).
     */
    record EventRef(String label, List<String> where, Literal start, Literal end) {}

    /** One instrument recognising ICCWC, with the heading it is listed under. */
    record Instrument(
            int order,
            RecognitionGroup group,
            InstrumentKind kind,
            String name,
            String fullTitle,
            String subject,
            String identifier,
            String issuingBody,
            Literal date,
            EventRef event,
            String revisedAt,
            List<QuotedParagraph> paragraphs) {

        /** How the graph refers to it in labels: its code when it has one, else its title. */
        String reference() { return identifier != null ? identifier : fullTitle; }
    }

    /** A paragraph quoted from an instrument; {@code number} is null for unnumbered (preambular) text. */
    record QuotedParagraph(int order, String number, String text, List<EventRef> heldEvents) {}

    /** "CITES has Management Authorities in 181 countries". */
    record NetworkFigure(String organisation, String presence, int value, String qualifier, String unit, String clause) {}

    /** One entry of the list of ICCWC documents; {@code creator} is the body written before it ("CITES"). */
    record ListedDocument(int number, String identifier, String creator, String title, Literal date,
                          String description, List<Annex> annexes) {}

    /** An annex named in a listed document's description: "Annex I" and what it is. */
    record Annex(String label, String title) {}

    /** The toolkit table: status date, rows, and who prepared it. */
    record ToolkitTable(Literal statusAsOf, List<ToolkitRow> rows, List<String> preparedBy, Literal updatedAsOf) {}

    /** One party's row: the step columns ticked and the action-plan column. */
    record ToolkitRow(String party, SortedSet<Integer> completedSteps, int stepColumns, boolean actionPlanImplemented) {
        boolean allStepsCompleted() { return completedSteps.size() == stepColumns; }
    }

    /** What the Part 3 summary claims about the table ("17 requests", "completed in 6", "11 countries"). */
    record ToolkitClaim(Integer requests, Integer completed, Integer inProgress, String sentence) {}

    /** Text the reader could not place, with where it was found. */
    record Unplaced(String where, String text) {}
}
