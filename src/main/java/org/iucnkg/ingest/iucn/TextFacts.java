package org.iucnkg.ingest.iucn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.iucnkg.ingest.resolve.EntityResolver;
import org.iucnkg.ingest.resolve.EntityResolver.Mention;
import org.iucnkg.ingest.text.EventPhrase;
import org.iucnkg.ingest.text.EventPhrases;
import org.iucnkg.ingest.text.Marks;
import org.iucnkg.ingest.text.OperativeParagraphs;
import org.iucnkg.ingest.text.Span;
import org.iucnkg.ingest.text.Urls;

/**
 * What the resolver finds in one activity text: known events first, then organisations in what is
 * left, then countries in what is left after that, so "Forestry Department of Peninsular Malaysia"
 * is an organisation and not also Malaysia, and "Peru Conference …" is an event and not Peru. Web
 * addresses and "[OP…]" references are hidden from all three.
 */
record TextFacts(Marks marks, Map<Span, Resource> organisations, Map<Span, Resource> events,
                 Map<Span, Resource> countries, List<EventPhrase> phrases) {

    static TextFacts of(String text, EntityResolver resolver, Model out) {
        List<Span> hidden = new ArrayList<>(Urls.findAll(text).stream().map(Urls.Found::span).toList());
        hidden.addAll(OperativeParagraphs.brackets(text));
        Map<Span, Resource> events = spans(resolver.eventsIn(Span.mask(text, hidden, ' ')));
        hidden.addAll(events.keySet());
        Map<Span, Resource> organisations = spans(resolver.organisationsIn(out, Span.mask(text, hidden, ' ')));
        hidden.addAll(organisations.keySet());
        Map<Span, Resource> countries = spans(resolver.countriesIn(Span.mask(text, hidden, ' ')));
        countries.keySet().removeIf(c -> qualifiesOrganisation(text, c, organisations.keySet()));
        Marks marks = new Marks(List.copyOf(organisations.keySet()), List.copyOf(events.keySet()), List.copyOf(countries.keySet()));
        return new TextFacts(marks, organisations, events, countries, EventPhrases.find(text, marks));
    }

    /** "UK DEFRA", "BE Customs": a country code right before an organisation's name is part of how it is named. */
    private static boolean qualifiesOrganisation(String text, Span country, Set<Span> organisations) {
        return organisations.stream().anyMatch(o -> o.start() > country.end()
                && text.substring(country.end(), o.start()).equals(" ") && country.of(text).matches("[A-Z]{2,3}"));
    }

    private static Map<Span, Resource> spans(List<Mention> mentions) {
        Map<Span, Resource> spans = new LinkedHashMap<>();
        for (Mention m : mentions) spans.put(new Span(m.start(), m.end()), m.resource());
        return spans;
    }
}
