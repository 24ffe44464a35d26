package org.iucnkg.ingest.cites;

import org.iucnkg.ingest.MalformedSourceException;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.SourceParser;
import org.iucnkg.ingest.SourceText;

/**
 * Reads a CITES Standing Committee information document on the International Consortium on
 * Combating Wildlife Crime (ICCWC): the meeting, the consortium and its partners, the instruments
 * recognising it with their quoted paragraphs, the toolkit implementation table, the documents it
 * lists and its global-network figures. Text first becomes records, then RDF.
 */
public final class CitesIccwcParser implements SourceParser {
    static final String CONVENTION_HEADING = "CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES";
    static final String CONSORTIUM_HEADING = "INTERNATIONAL CONSORTIUM ON COMBATING WILDLIFE CRIME";
    private static final int HEADING_SPAN = 2000;

    public CitesIccwcParser() {
        // found through ServiceLoader
    }

    @Override
    public String format() {
        return "cites-iccwc";
    }

    @Override
    public boolean accepts(String text) {
        String head = text.length() > HEADING_SPAN ? text.substring(0, HEADING_SPAN) : text;
        return head.contains(CONVENTION_HEADING) && head.contains(CONSORTIUM_HEADING);
    }

    @Override
    public void parse(SourceText source, ParseContext ctx) throws MalformedSourceException {
        String text = source.text();
        if (!accepts(text)) {
            throw new MalformedSourceException(source.fileName() + " is not a CITES information document on ICCWC: "
                    + "its first " + HEADING_SPAN + " characters should hold the headings \"" + CONVENTION_HEADING
                    + "\" and \"" + CONSORTIUM_HEADING + "\"");
        }
        new IccwcRdfWriter(ctx).write(InfoDocumentReader.read(text));
    }
}
