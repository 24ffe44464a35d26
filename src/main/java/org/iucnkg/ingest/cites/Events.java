package org.iucnkg.ingest.cites;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.cites.IccwcRecords.EventRef;
import org.iucnkg.ingest.resolve.EntityResolver.Mention;
import org.iucnkg.model.IKG;
import org.iucnkg.model.SCHEMA;

/**
 * Events the document names: a known event (reference data) when the resolver recognises the
 * text, described no further; otherwise a new event with what the text gives. A city the document
 * names with its country once ("Geneva (Switzerland)" in the heading) is in that country wherever the
 * document names it alone ("the Senior Officials Meeting held in Geneva").
 */
final class Events {
    private final ParseContext ctx;
    private final Map<String, Resource> countryOfPlace = new HashMap<>();

    Events(ParseContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The known event a name stands for: one the resolver finds spanning the whole name, so that
     * "Side event at CITES CoP18" does not become CoP18 itself.
     */
    Optional<Resource> known(String name) {
        String whole = name.strip();
        return ctx.resolver().eventsIn(whole).stream()
                .filter(m -> m.start() == 0 && m.end() == whole.length())
                .map(Mention::resource)
                .findFirst();
    }

    /** The known event the reference's label names, else a new one minted from what the text gives. */
    Resource resolve(EventRef ref) {
        learnPlace(ref);
        return known(ref.label()).orElseGet(() -> mint(ref));
    }

    /** Remembers the country the text gives a city in ("Geneva (Switzerland)", "Bangkok, Thailand"). */
    void learnPlace(EventRef ref) {
        if (ref.where().size() < 2) return;
        String place = ref.where().get(0);
        ref.where().stream().skip(1).map(part -> ctx.resolver().country(part)).flatMap(Optional::stream).findFirst()
                .filter(country -> ctx.resolver().country(place).isEmpty())
                .ifPresent(country -> countryOfPlace.putIfAbsent(place, country));
    }

    private Resource mint(EventRef ref) {
        String key = ref.label() + (ref.start() == null ? "" : " " + ref.start().getLexicalForm());
        Resource event = ctx.derived(ctx.iris().event(key));
        event.addProperty(RDF.type, IKG.Event).addProperty(RDF.type, SCHEMA.Event)
                .addProperty(RDFS.label, ref.label());
        if (ref.start() != null) event.addLiteral(SCHEMA.startDate, ref.start());
        if (ref.end() != null && !ref.end().equals(ref.start())) event.addLiteral(SCHEMA.endDate, ref.end());
        String place = null;
        boolean countried = false;
        for (String part : ref.where()) {
            Optional<Resource> country = ctx.resolver().country(part);
            if (country.isPresent()) {
                event.addProperty(IKG.country, country.get());
                countried = true;
            } else if (place == null) {
                event.addProperty(IKG.place, part);
                place = part;
            } else {
                ctx.unplaced(ctx.sourceDocument(), "place of " + ref.label() + " (neither its city nor a known country)", part);
            }
        }
        if (place != null && !countried && countryOfPlace.containsKey(place)) event.addProperty(IKG.country, countryOfPlace.get(place));
        return event;
    }
}
