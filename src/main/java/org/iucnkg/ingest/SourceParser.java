package org.iucnkg.ingest;

/** Reads one kind of source document into RDF. One implementation per source format. */
public interface SourceParser {

    /** Short name recorded as ikg:sourceFormat, e.g. {@code iucn-report}. */
    String format();

    /** Whether this parser recognises the text (cheap: looks at headings, not the whole document). */
    boolean accepts(String text);

    /**
     * Writes everything the document says into {@code ctx.model()}. Text that cannot be placed is
     * kept ({@code ikg:unparsedText}) and reported with {@link ParseContext#warn}; a document that is
     * not of this format at all is refused with {@link MalformedSourceException}.
     */
    void parse(SourceText source, ParseContext ctx) throws MalformedSourceException;
}
