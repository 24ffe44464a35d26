package org.iucnkg.ingest.cites;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.cites.IccwcRecords.InfoDocument;
import org.iucnkg.ingest.cites.IccwcRecords.Instrument;
import org.iucnkg.ingest.cites.IccwcRecords.Unplaced;

/** Turns the records of one information document into RDF, following docs/model.md. */
final class IccwcRdfWriter {
    private final ParseContext ctx;
    private final Organisations organisations;
    private final Events events;

    IccwcRdfWriter(ParseContext ctx) {
        this.ctx = ctx;
        this.organisations = new Organisations(ctx);
        this.events = new Events(ctx);
    }

    void write(InfoDocument doc) {
        for (Unplaced u : doc.unplaced()) ctx.unplaced(ctx.sourceDocument(), u.where(), u.text());
        new DocumentWriter(ctx, organisations, events).write(doc, meeting(doc));
        Resource consortium = consortium(doc);
        ToolkitWriter toolkit = new ToolkitWriter(ctx);
        InstrumentWriter instruments = new InstrumentWriter(ctx, organisations, events, toolkit::toolkit);
        for (Instrument instrument : doc.instruments()) instruments.write(instrument, consortium);
        if (doc.toolkitTable() != null) {
            toolkit.write(doc.toolkitTable());
            toolkit.check(doc.toolkitClaim(), doc.toolkitTable());
        }
    }

    /** The known meeting (by its name, then by its code "CITES SC66"), else one minted from the text. */
    private Resource meeting(InfoDocument doc) {
        if (doc.meeting() == null) {
            ctx.warn("The document names no meeting it was prepared for");
            return null;
        }
        events.learnPlace(doc.meeting());
        return events.known(doc.meeting().label())
                .or(() -> Optional.ofNullable(doc.meetingCode()).flatMap(code -> events.known("CITES " + code)))
                .orElseGet(() -> events.resolve(doc.meeting()));
    }

    /** The consortium the title names, with the partners the first quoted listing gives; null without a title. */
    private Resource consortium(InfoDocument doc) {
        if (doc.title() == null) {
            ctx.warn("The document has no title naming the consortium the instruments recognise");
            return null;
        }
        Resource consortium = organisations.named(doc.title(), "the document's title").map(ctx::derived).orElse(null);
        if (consortium == null) return null;
        if (doc.partnerNames().isEmpty()) ctx.warn("No quoted paragraph lists the partners of " + doc.title());
        doc.partnerNames().forEach(partner -> organisations.named(partner, "partner of " + doc.title())
                .ifPresent(org -> consortium.addProperty(ORG.hasMember, org)));
        return consortium;
    }
}
