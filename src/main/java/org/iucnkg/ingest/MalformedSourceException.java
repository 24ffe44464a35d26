package org.iucnkg.ingest;

/** A source document the parsers cannot read at all; the message says what is wrong, for a person. */
public class MalformedSourceException extends Exception {
    public MalformedSourceException(String message) {
        super(message);
    }
}
