package org.iucnkg.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.iucnkg.model.IKG;
import org.iucnkg.model.SCHEMA;

/**
 * Adds {@code ikg:startYear} beside each event's {@code schema:startDate}, in the same graph, so that the
 * events of a year are one index lookup rather than a test of every date. At ingest it runs after the
 * superclass types, so a Congress counts as an event; after a write through SPARQL it brings the years of
 * the whole store in step with the dates ({@link #keepInStep}).
 */
public final class StartYears {
    /** Four digits, then the end or what follows a year (month, time zone): not a year of five digits. */
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}(\\D.*)?");
    private static final Set<RDFDatatype> DATES = Set.of(XSDDatatype.XSDdate, XSDDatatype.XSDgYearMonth, XSDDatatype.XSDgYear);

    private StartYears() {}

    /** Adds the start year of every {@code ikg:Event} in {@code data} whose start date is a well-formed date. */
    static void add(Model data) {
        List<Statement> dates = data.listStatements(null, SCHEMA.startDate, (RDFNode) null).toList();
        for (Statement date : dates) {
            if (!data.contains(date.getSubject(), RDF.type, IKG.Event)) continue;
            String year = yearOf(date.getObject().asNode());
            if (year != null) data.add(date.getSubject(), IKG.startYear, year, XSDDatatype.XSDgYear);
        }
    }

    /**
     * Makes every named graph of {@code data} hold exactly the start years of its events' start dates: a
     * write may add or change a date without its year, or leave a year behind. Call inside the write
     * transaction. An event is typed {@code ikg:Event} or one of its subclasses anywhere in the store.
     */
    public static void keepInStep(DatasetGraph data) {
        Graph union = data.getUnionGraph();
        Set<Quad> wanted = new HashSet<>();
        data.find(Node.ANY, Node.ANY, SCHEMA.startDate.asNode(), Node.ANY).forEachRemaining(date -> {
            String year = yearOf(date.getObject());
            if (year != null && G.isOfType(union, date.getSubject(), IKG.Event.asNode()))
                wanted.add(Quad.create(date.getGraph(), date.getSubject(), IKG.startYear.asNode(), NodeFactory.createLiteralDT(year, XSDDatatype.XSDgYear)));
        });
        List<Quad> stale = new ArrayList<>();
        data.find(Node.ANY, Node.ANY, IKG.startYear.asNode(), Node.ANY).forEachRemaining(year -> {
            if (!wanted.remove(year)) stale.add(year);
        });
        stale.forEach(data::delete);
        wanted.forEach(data::add);
    }

    /**
     * The four-digit year a date, year-month or year starts with; null for anything else, which the
     * shapes report on the date itself.
     */
    private static String yearOf(Node date) {
        return date.isLiteral() ? yearOf(date.getLiteralDatatype(), date.getLiteralLexicalForm()) : null;
    }

    private static String yearOf(RDFDatatype type, String lexical) {
        if (!DATES.contains(type) || !type.isValid(lexical) || !FOUR_DIGIT_YEAR.matcher(lexical).matches()) return null;
        return lexical.substring(0, 4);
    }
}
