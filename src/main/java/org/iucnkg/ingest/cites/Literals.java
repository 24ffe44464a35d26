package org.iucnkg.ingest.cites;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.iucnkg.ingest.text.Dates;

/** Typed literals as the model wants them (xsd:integer, not Jena's default xsd:int; dates no more precise than the text). */
final class Literals {
    private Literals() {}

    /**
     * What is certain of a date range: the range's month when both ends share it ("17-18 November
     * 2016" → 2016-11), its year when they share only that, else nothing; a single date stays as is.
     */
    static Literal commonPart(Dates.Found found) {
        String from = found.from().getLexicalForm();
        String to = found.to().getLexicalForm();
        if (from.equals(to)) return found.from();
        if (from.regionMatches(0, to, 0, 7)) return ResourceFactory.createTypedLiteral(from.substring(0, 7), XSDDatatype.XSDgYearMonth);
        if (from.regionMatches(0, to, 0, 4)) return ResourceFactory.createTypedLiteral(from.substring(0, 4), XSDDatatype.XSDgYear);
        return null;
    }

    static Literal integer(long value) {
        return ResourceFactory.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
