package org.iucnkg.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.iucnkg.model.IKG;
import org.iucnkg.model.SCHEMA;

/**
 * Adds {@code ikg:startYear} beside each event's {@code schema:startDate}, in the same graph, so that the
 * events of a year are one index lookup rather than a test of every date. Runs after the superclass types,
 * so a Congress counts as an event.
 */
final class StartYears {
    /** Four digits, then the end or what follows a year (month, time zone): not a year of five digits. */
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}(\\D.*)?");
    private static final Set<RDFDatatype> DATES = Set.of(XSDDatatype.XSDdate, XSDDatatype.XSDgYearMonth, XSDDatatype.XSDgYear);

    private StartYears() {}

    /** Adds the start year of every {@code ikg:Event} in {@code data} whose start date is a well-formed date. */
    static void add(Model data) {
        List<Statement> dates = data.listStatements(null, SCHEMA.startDate, (RDFNode) null).toList();
        for (Statement date : dates) {
            if (!data.contains(date.getSubject(), RDF.type, IKG.Event) || !date.getObject().isLiteral()) continue;
            String year = yearOf(date.getLiteral());
            if (year != null) data.add(date.getSubject(), IKG.startYear, year, XSDDatatype.XSDgYear);
        }
    }

    /**
     * The four-digit year a date, year-month or year starts with; null for anything else, which the
     * shapes report on the date itself.
     */
    private static String yearOf(Literal date) {
        RDFDatatype type = date.getDatatype();
        String lexical = date.getLexicalForm();
        if (!DATES.contains(type) || !type.isValid(lexical) || !FOUR_DIGIT_YEAR.matcher(lexical).matches()) return null;
        return lexical.substring(0, 4);
    }
}
