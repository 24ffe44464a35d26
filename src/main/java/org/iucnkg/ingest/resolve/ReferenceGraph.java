package org.iucnkg.ingest.resolve;

import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.ingest.resolve.ReferenceTables.Kind;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.model.Prefixes;
import org.iucnkg.model.SCHEMA;

/**
 * The reference tables as RDF, following docs/model.md. Reference resources carry no
 * {@code prov:wasDerivedFrom}; {@code dcterms:source} names the reference graph they come from.
 */
final class ReferenceGraph {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private ReferenceGraph() {}

    static Model build(ReferenceTables tables, Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.all(iris));
        Resource source = m.createResource(iris.referenceGraph());
        for (ReferenceTables.Country c : tables.countries()) {
            Resource country = m.createResource(iris.country(c.alpha2()).getURI())
                    .addProperty(DCTerms.source, source)
                    .addProperty(RDF.type, IKG.Country)
                    .addProperty(RDFS.label, c.label())
                    .addProperty(IKG.countryCode, c.alpha2())
                    .addProperty(IKG.countryCodeAlpha3, c.alpha3());
            c.altLabels().forEach(a -> country.addProperty(SKOS.altLabel, a));
        }
        tables.organisations().forEach(o -> organisation(m, o, iris).addProperty(DCTerms.source, source));
        tables.events().forEach(e -> event(m, e, iris).addProperty(DCTerms.source, source));
        return m;
    }

    private static Resource organisation(Model m, ReferenceTables.Organisation o, Iris iris) {
        Resource org = m.createResource(iris.organisation(o.key()).getURI())
                .addProperty(RDF.type, ORG.Organization)
                .addProperty(RDFS.label, o.label());
        if (o.kind() != Kind.ORGANISATION) org.addProperty(RDF.type, ORG.OrganizationalUnit);
        if (o.kind() == Kind.COMMISSION) org.addProperty(RDF.type, IKG.Commission);
        o.acronyms().forEach(a -> org.addProperty(IKG.acronym, a));
        o.altLabels().forEach(a -> org.addProperty(SKOS.altLabel, a));
        if (o.country() != null) org.addProperty(IKG.country, iris.country(o.country()));
        o.unitOf().forEach(k -> org.addProperty(ORG.unitOf, iris.organisation(k)));
        o.hasMember().forEach(k -> org.addProperty(ORG.hasMember, iris.organisation(k)));
        o.closeMatch().forEach(k -> org.addProperty(SKOS.closeMatch, iris.organisation(k)));
        return org;
    }

    private static Resource event(Model m, ReferenceTables.Event e, Iris iris) {
        Resource event = m.createResource(iris.event(e.key()).getURI())
                .addProperty(RDF.type, IKG.Event)
                .addProperty(RDF.type, SCHEMA.Event)
                .addProperty(RDFS.label, e.label());
        if (e.congress()) event.addProperty(RDF.type, IKG.Congress);
        e.altLabels().forEach(a -> event.addProperty(SKOS.altLabel, a));
        if (e.place() != null && !e.place().isBlank()) event.addProperty(IKG.place, e.place());
        if (e.country() != null) event.addProperty(IKG.country, iris.country(e.country()));
        if (e.startDate() != null) event.addLiteral(SCHEMA.startDate, date(e.startDate()));
        if (e.endDate() != null) event.addLiteral(SCHEMA.endDate, date(e.endDate()));
        if (e.superEvent() != null) event.addProperty(SCHEMA.superEvent, iris.event(e.superEvent()));
        return event;
    }

    /** A date as precise as written: yyyy is xsd:gYear, yyyy-mm xsd:gYearMonth, yyyy-mm-dd xsd:date. */
    static Literal date(String lexical) {
        RDFDatatype type = YEAR.matcher(lexical).matches() ? XSDDatatype.XSDgYear
                : YEAR_MONTH.matcher(lexical).matches() ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        if (!type.isValid(lexical)) {
            throw new IllegalArgumentException("'" + lexical + "' is not a date (write yyyy, yyyy-mm or yyyy-mm-dd)");
        }
        return ResourceFactory.createTypedLiteral(lexical, type);
    }
}
