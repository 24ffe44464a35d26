package org.iucnkg.ingest.cites;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.cites.IccwcRecords.EventRef;
import org.iucnkg.ingest.cites.IccwcRecords.Instrument;
import org.iucnkg.ingest.cites.IccwcRecords.QuotedParagraph;
import org.iucnkg.ingest.resolve.EntityResolver.Mention;
import org.iucnkg.ingest.text.Dates;
import org.iucnkg.model.IKG;
import org.iucnkg.model.SCHEMA;

/** Writes the instruments recognising the consortium, with their quoted paragraphs. */
final class InstrumentWriter {
    private static final Pattern TOOLKIT = Pattern.compile("(?i)\\b(?:wildlife and forest crime )?analytic(?:al)? toolkit\\b");
    private static final Pattern NAMES_CONSORTIUM = Pattern.compile("(?i)\\bICCWC\\b|International Consortium on Combatt?ing Wildlife Crime");
    /** The short name a resolution gives the consortium once it has named it in full ("the International Consortium and its members"). */
    private static final Pattern SHORT_NAME = Pattern.compile("\\bthe (?:International )?Consortium\\b");

    private final ParseContext ctx;
    private final Organisations organisations;
    private final Events events;
    private final Supplier<Resource> toolkit;

    InstrumentWriter(ParseContext ctx, Organisations organisations, Events events, Supplier<Resource> toolkit) {
        this.ctx = ctx;
        this.organisations = organisations;
        this.events = events;
        this.toolkit = toolkit;
    }

    void write(Instrument instrument, Resource consortium) {
        Resource r = ctx.derived(iri(instrument));
        boolean resolution = instrument.kind() == InstrumentKind.RESOLUTION;
        r.addProperty(RDF.type, IKG.PolicyInstrument);
        if (instrument.kind() != null) r.addProperty(RDF.type, resolution ? IKG.Resolution : IKG.Declaration);
        if (instrument.identifier() != null) r.addProperty(DCTerms.identifier, instrument.identifier());
        r.addProperty(RDFS.label, instrument.identifier() != null ? instrument.name() : instrument.fullTitle());
        r.addProperty(DCTerms.title, resolution && instrument.subject() != null ? instrument.subject() : instrument.fullTitle());
        if (instrument.date() != null) r.addLiteral(DCTerms.date, instrument.date());
        if (instrument.issuingBody() != null) {
            organisations.named(instrument.issuingBody(), "issuing body of " + instrument.reference())
                    .ifPresent(body -> r.addProperty(IKG.issuedBy, body));
        }
        adoptedAt(instrument).ifPresent(event -> r.addProperty(IKG.adoptedAt, event));
        if (consortium != null) r.addProperty(IKG.recognizes, consortium);
        if (instrument.group() != null) {
            r.addProperty(IKG.recognitionGroup, ctx.iris().concept("recognition-groups", instrument.group().conceptKey));
        }
        boolean namesConsortium = false;
        for (QuotedParagraph paragraph : instrument.paragraphs()) {
            r.addProperty(IKG.quotedParagraph, paragraph(r, instrument, paragraph, consortium));
            if (TOOLKIT.matcher(paragraph.text()).find()) r.addProperty(IKG.referencesToolkit, toolkit.get());
            namesConsortium |= NAMES_CONSORTIUM.matcher(paragraph.text()).find();
        }
        if (!namesConsortium) {
            ctx.warn("None of the paragraphs quoted from " + instrument.reference() + " names ICCWC, though it is listed as recognising it");
        }
    }

    private Resource iri(Instrument instrument) {
        if (instrument.identifier() != null) return ctx.iris().instrument(instrument.identifier());
        String year = instrument.date() == null ? "" : " " + Dates.yearOf(instrument.date());
        return ctx.iris().instrument(instrument.name() + year);
    }

    private Optional<Resource> adoptedAt(Instrument instrument) {
        if (instrument.event() != null) return Optional.of(events.resolve(instrument.event()));
        if (instrument.revisedAt() == null) return Optional.empty();
        String label = "CITES " + instrument.revisedAt();
        return Optional.of(events.resolve(new EventRef(label, List.of(), instrument.date(), instrument.date())));
    }

    private Resource paragraph(Resource instrument, Instrument source, QuotedParagraph paragraph, Resource consortium) {
        Resource p = ctx.derived(ctx.iris().paragraph(instrument, paragraph.order()));
        p.addProperty(RDF.type, IKG.QuotedParagraph)
                .addProperty(RDFS.label, source.reference() + ", " + paragraphName(paragraph))
                .addLiteral(IKG.order, Literals.integer(paragraph.order()))
                .addProperty(SCHEMA.text, paragraph.text());
        if (paragraph.number() != null) p.addProperty(IKG.paragraphNumber, paragraph.number());
        organisations.in(paragraph.text()).forEach(org -> p.addProperty(IKG.mentions, org));
        if (consortium != null && SHORT_NAME.matcher(paragraph.text()).find()) p.addProperty(IKG.mentions, consortium);
        Set<Resource> named = new LinkedHashSet<>();
        ctx.resolver().eventsIn(paragraph.text()).stream().map(Mention::resource).forEach(named::add);
        paragraph.heldEvents().forEach(held -> named.add(events.resolve(held)));
        named.forEach(event -> p.addProperty(IKG.mentionsEvent, event));
        return p;
    }

    /** "paragraph 9", or for unnumbered text its first words: "paragraph beginning 'WELCOMING the establishment'". */
    private static String paragraphName(QuotedParagraph paragraph) {
        if (paragraph.number() != null) {
            return paragraph.number().matches("\\d+|[IVXLC]+") ? "paragraph " + paragraph.number() : paragraph.number();
        }
        String[] words = paragraph.text().split("\\s+");
        return "paragraph beginning '" + String.join(" ", Arrays.copyOfRange(words, 0, Math.min(3, words.length))) + "'";
    }
}
