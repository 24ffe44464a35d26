package org.iucnkg.ingest.text;

import java.util.List;

/**
 * An event a text describes that is not a known event: where it is written, a label taken from the
 * text, and what the text says about it. {@code date}, {@code superEvent} may be null; the spans of
 * {@code superEvent}, {@code organizers} and {@code places} are those given in the {@link Marks}.
 */
public record EventPhrase(Span span, String label, Dates.Found date, Span superEvent,
                          List<Span> organizers, List<Span> places) {

    public EventPhrase {
        organizers = List.copyOf(organizers);
        places = List.copyOf(places);
    }
}
