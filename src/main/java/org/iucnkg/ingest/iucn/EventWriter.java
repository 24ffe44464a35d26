package org.iucnkg.ingest.iucn;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.text.EventPhrase;
import org.iucnkg.ingest.text.Locatives;
import org.iucnkg.ingest.text.Span;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.model.SCHEMA;

/**
 * Mints an event a report describes (one the reference data does not know): {@code id/event/{slug(label)}-{date}}.
 * An event without a date gets the source id instead of the date, so two undated "workshops on X" in
 * different reports are not merged on their label alone.
 */
final class EventWriter {

    private final ParseContext ctx;

    EventWriter(ParseContext ctx) { this.ctx = ctx; }

    /** The event {@code phrase} describes in {@code text}, with what {@code facts} resolved in that text. */
    Resource write(String text, EventPhrase phrase, TextFacts facts) {
        Literal start = phrase.date() == null ? null : phrase.date().from();
        String key = Iris.slug(phrase.label()) + "-" + (start == null ? ctx.sourceId() : start.getLexicalForm());
        Resource event = Types.type(ctx.derived(ctx.iris().event(key)), IKG.Event);
        if (!event.hasProperty(RDFS.label)) event.addProperty(RDFS.label, phrase.label());
        if (start != null) {
            event.addProperty(SCHEMA.startDate, start);
            if (phrase.date().isRange()) event.addProperty(SCHEMA.endDate, phrase.date().to());
        }
        for (Span place : phrase.places()) {
            event.addProperty(IKG.country, facts.countries().get(place));
            Locatives.cityBefore(text, place).ifPresent(city -> event.addProperty(IKG.place, city));
        }
        phrase.organizers().forEach(o -> event.addProperty(SCHEMA.organizer, facts.organisations().get(o)));
        if (phrase.superEvent() != null) event.addProperty(SCHEMA.superEvent, facts.events().get(phrase.superEvent()));
        return event;
    }
}
