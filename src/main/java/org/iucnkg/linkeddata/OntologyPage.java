package org.iucnkg.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.linkeddata.DocumentPath.Download;
import org.iucnkg.linkeddata.Terms.Value;
import org.iucnkg.model.IKG;

/**
 * The ontology's documentation page, read from the ontology graph: its title, description, licence
 * and version; each class and property under an anchor named after it (so {@code ikg:Activity} is
 * {@code /ontology#Activity}); and the concept schemes with their concepts.
 */
record OntologyPage(String iri, String title, String description, Value license, String version,
        List<Term> classes, List<Term> properties, List<Scheme> schemes, List<Download> downloads) {

    /** A class or property: where its anchor is, what it is called and says, and how it relates to others. */
    record Term(String anchor, Value term, String kind, String comment, List<Value> parents, List<Value> domains, List<Value> ranges) {}

    record Scheme(Value scheme, String definition, List<Concept> concepts) {}

    record Concept(Value concept, String notation) {}

    private static final Set<Resource> PROPERTY_KINDS = Set.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);

    static OntologyPage of(Model ontology, Model concepts, Terms terms, List<Download> downloads) {
        Resource header = ontology.listSubjectsWithProperty(RDF.type, OWL.Ontology).nextOptional()
                .orElseGet(() -> ontology.createResource(IKG.NS.substring(0, IKG.NS.length() - 1)));
        List<Term> classes = terms(ontology, Set.of(OWL.Class, RDFS.Class), RDFS.subClassOf, terms);
        List<Term> properties = terms(ontology, PROPERTY_KINDS, RDFS.subPropertyOf, terms);
        Resource license = header.getPropertyResourceValue(DCTerms.license);
        return new OntologyPage(header.getURI(), text(header, DCTerms.title), text(header, DCTerms.description),
                license == null ? null : terms.value(license.asNode(), ontology.getGraph()), text(header, OWL.versionInfo),
                classes, properties, schemes(concepts, terms), downloads);
    }

    private static List<Term> terms(Model model, Set<Resource> kinds, Property parent, Terms terms) {
        List<Term> found = new ArrayList<>();
        model.listSubjects().forEach(term -> {
            if (!term.isURIResource() || !term.getURI().startsWith(IKG.NS)) return;
            kinds.stream().filter(kind -> term.hasProperty(RDF.type, kind)).findFirst().ifPresent(kind -> found.add(new Term(
                    term.getLocalName(), terms.value(term.asNode(), model.getGraph()), terms.shortName(kind.getURI()),
                    text(term, RDFS.comment), values(term, parent, terms), values(term, RDFS.domain, terms), values(term, RDFS.range, terms))));
        });
        found.sort(Comparator.comparing(Term::anchor, String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    /** The objects of a property, a union ({@code owl:unionOf}) as its members. */
    private static List<Value> values(Resource subject, Property property, Terms terms) {
        List<Value> values = new ArrayList<>();
        subject.listProperties(property).mapWith(Statement::getObject).forEach(object -> {
            Resource union = object.isAnon() ? object.asResource().getPropertyResourceValue(OWL.unionOf) : null;
            List<RDFNode> members = union == null ? List.of(object) : union.as(RDFList.class).asJavaList();
            members.forEach(m -> values.add(terms.value(m.asNode(), subject.getModel().getGraph())));
        });
        return values;
    }

    private static List<Scheme> schemes(Model concepts, Terms terms) {
        List<Scheme> schemes = new ArrayList<>();
        concepts.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEach(scheme -> {
            List<Concept> members = new ArrayList<>();
            concepts.listSubjectsWithProperty(SKOS.inScheme, scheme).forEach(c ->
                    members.add(new Concept(terms.value(c.asNode(), concepts.getGraph()), text(c, SKOS.notation))));
            members.sort(Comparator.comparing(Concept::notation, Comparator.nullsLast(Comparator.naturalOrder())));
            schemes.add(new Scheme(terms.value(scheme.asNode(), concepts.getGraph()), text(scheme, SKOS.definition), members));
        });
        schemes.sort(Comparator.comparing(s -> s.scheme().text()));
        return schemes;
    }

    private static String text(Resource subject, Property property) {
        Statement statement = subject.getProperty(property);
        return statement == null ? null : statement.getObject().isLiteral() ? statement.getString() : statement.getObject().toString();
    }
}
