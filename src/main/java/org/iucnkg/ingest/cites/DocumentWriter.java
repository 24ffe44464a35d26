package org.iucnkg.ingest.cites;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.cites.IccwcRecords.Annex;
import org.iucnkg.ingest.cites.IccwcRecords.InfoDocument;
import org.iucnkg.ingest.cites.IccwcRecords.ListedDocument;
import org.iucnkg.ingest.cites.IccwcRecords.NetworkFigure;
import org.iucnkg.model.IKG;

/** Writes the information document itself, the documents it lists and its global-network figures. */
final class DocumentWriter {
    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}{2,})\\)\\s*$");
    private static final Pattern CITES_MEETING = Pattern.compile("^(SC\\d+|CoP\\d+)\\b");

    private final ParseContext ctx;
    private final Organisations organisations;
    private final Events events;

    DocumentWriter(ParseContext ctx, Organisations organisations, Events events) {
        this.ctx = ctx;
        this.organisations = organisations;
        this.events = events;
    }

    /**
     * The document's identifier, made up because the text shows no document number of its own:
     * meeting code, "Inf." and the title's acronym ("SC66 Inf. ICCWC"); "Inf." and the source id when
     * the text lacks either part.
     */
    static String identifier(InfoDocument doc, String sourceId) {
        Matcher acronym = doc.title() == null ? null : ACRONYM.matcher(doc.title());
        if (doc.meetingCode() == null || acronym == null || !acronym.find()) return "Inf. " + sourceId;
        return doc.meetingCode() + " Inf. " + acronym.group(1);
    }

    Resource write(InfoDocument doc, Resource meeting) {
        String identifier = identifier(doc, ctx.sourceId());
        Resource r = ctx.derived(ctx.iris().document(identifier));
        r.addProperty(RDF.type, IKG.Document).addProperty(DCTerms.identifier, identifier);
        String title = doc.title() == null ? "Information document" : doc.title();
        r.addProperty(RDFS.label, (doc.meetingCode() == null ? "" : doc.meetingCode() + " ") + "information document: " + title);
        if (doc.title() != null) r.addProperty(DCTerms.title, doc.title());
        if (doc.description() != null) r.addProperty(DCTerms.description, doc.description());
        if (doc.agendaItem() != null) r.addProperty(IKG.agendaItem, doc.agendaItem());
        if (meeting != null) r.addProperty(IKG.preparedFor, meeting);
        if (doc.preparedBy() != null) {
            organisations.named(preparer(doc), "who prepared the document").ifPresent(org -> r.addProperty(DCTerms.creator, org));
        }
        if (doc.toolkitTable() != null) {
            doc.toolkitTable().preparedBy().forEach(name -> organisations.named(name, "who prepared the toolkit table")
                    .ifPresent(org -> r.addProperty(DCTerms.contributor, org)));
        }
        if (doc.title() != null) organisations.in(doc.title()).forEach(org -> r.addProperty(IKG.mentions, org));
        doc.listedDocuments().forEach(listed -> r.addProperty(IKG.listsDocument, listed(listed)));
        for (NetworkFigure figure : doc.networkFigures()) {
            organisations.named(figure.organisation(), "network figure \"" + figure.clause() + "\"")
                    .ifPresent(org -> r.addProperty(IKG.hasNetworkFigure, figure(figure, org)));
        }
        return r;
    }

    /** "prepared by the Secretariat" of the convention in the heading: its secretariat. */
    private static String preparer(InfoDocument doc) {
        boolean secretariat = doc.preparedBy().equalsIgnoreCase("Secretariat") && doc.conventionName() != null;
        return secretariat ? "Secretariat of the " + doc.conventionName() : doc.preparedBy();
    }

    private Resource listed(ListedDocument listed) {
        Resource r = document(listed.identifier(), listed.title());
        if (listed.date() != null) r.addLiteral(DCTerms.date, listed.date());
        if (listed.description() != null) r.addProperty(DCTerms.description, listed.description());
        if (listed.creator() != null) {
            organisations.named(listed.creator(), "creator of " + listed.identifier()).ifPresent(org -> r.addProperty(DCTerms.creator, org));
        }
        Matcher meeting = CITES_MEETING.matcher(listed.identifier());
        if (meeting.find()) events.known("CITES " + meeting.group(1)).ifPresent(event -> r.addProperty(IKG.preparedFor, event));
        String text = listed.title() + (listed.description() == null ? "" : " " + listed.description());
        organisations.in(text).forEach(org -> r.addProperty(IKG.mentions, org));
        for (Annex annex : listed.annexes()) {
            r.addProperty(DCTerms.hasPart, document(listed.identifier() + " " + annex.label(), annex.title()));
        }
        return r;
    }

    private Resource document(String identifier, String title) {
        return ctx.derived(ctx.iris().document(identifier))
                .addProperty(RDF.type, IKG.Document)
                .addProperty(DCTerms.identifier, identifier)
                .addProperty(RDFS.label, identifier)
                .addProperty(DCTerms.title, title);
    }

    private Resource figure(NetworkFigure figure, Resource organisation) {
        return ctx.derived(ctx.iris().networkFigure(Organisations.keyOf(organisation), figure.presence()))
                .addProperty(RDF.type, IKG.NetworkFigure)
                .addProperty(RDFS.label, figure.clause().replaceFirst("^the\\s+", ""))
                .addProperty(IKG.figureOf, organisation)
                .addProperty(IKG.presence, figure.presence())
                .addLiteral(IKG.figureValue, Literals.integer(figure.value()))
                .addProperty(IKG.figureQualifier, figure.qualifier())
                .addProperty(IKG.figureUnit, figure.unit());
    }
}
