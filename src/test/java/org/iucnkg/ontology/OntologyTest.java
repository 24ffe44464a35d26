package org.iucnkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.iucnkg.ingest.Bundled;
import org.iucnkg.model.IKG;
import org.junit.jupiter.api.Test;

/** ontology/iucn-kg.ttl defines every term of docs/model.md and CORE-MODEL with its exact IRI, documented and placed right. */
class OntologyTest {
    static final Map<String, String> PREFIXES = Map.of(
            "ikg", IKG.NS, "org", "http://www.w3.org/ns/org#", "prov", "http://www.w3.org/ns/prov#",
            "skos", "http://www.w3.org/2004/02/skos/core#", "dcterms", "http://purl.org/dc/terms/",
            "schema", "https://schema.org/", "rdfs", RDFS.getURI());
    /** The terms CORE-MODEL.md lists: what every query may rely on. */
    private static final Set<String> CORE = Set.of("ikg:PolicyInstrument", "ikg:Resolution", "ikg:Declaration",
            "ikg:ProgressReport", "ikg:ActivityReport", "org:Organization", "ikg:IUCNMember", "ikg:Commission",
            "ikg:Country", "ikg:Activity", "prov:Activity", "ikg:Event", "schema:Event", "ikg:ToolkitImplementation",
            "ikg:SourceDocument", "prov:Entity", "skos:Concept", "skos:ConceptScheme", "dcterms:identifier", "rdfs:label",
            "ikg:acronym", "ikg:country", "ikg:countryCode", "ikg:reportsOn", "ikg:implementingMember",
            "ikg:implementingCommission", "ikg:implementingPartner", "ikg:secretariatInvolved", "ikg:worksOn",
            "ikg:actionCategory", "ikg:implementationStatus", "ikg:hasActivity", "ikg:involves", "ikg:atEvent",
            "schema:startDate", "ikg:completedStep", "skos:notation", "ikg:actionPlanRecommendationsImplemented",
            "ikg:recognizes", "org:hasMember", "prov:wasDerivedFrom", "skos:altLabel");
    private static final Model ONTOLOGY = parse("kg/ontology/iucn-kg.ttl");
    private static final Model SHAPES = parse("kg/shapes/*.ttl");

    @Test
    void theOntologyDescribesItself() {
        Resource o = ONTOLOGY.getResource("https://w3id.org/iucn-kg/ontology");
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        assertEquals("IUCN-KG ontology", o.getProperty(DCTerms.title).getString());
        assertTrue(o.getProperty(DCTerms.description).getString().length() > 50);
        assertEquals("https://creativecommons.org/licenses/by/4.0/", o.getPropertyResourceValue(DCTerms.license).getURI());
        assertEquals("0.1.0", o.getProperty(OWL.versionInfo).getString());
        assertEquals("ikg", o.getProperty(ONTOLOGY.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix")).getString());
        assertEquals(IKG.NS, o.getProperty(ONTOLOGY.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri")).getString());
    }

    @Test
    void everyIkgTermOfTheModelIsDefinedWithLabelAndComment() throws IOException {
        Set<String> problems = new TreeSet<>();
        Set<String> terms = new TreeSet<>(modelTerms());
        terms.addAll(CORE);
        terms.addAll(ikgConstants());
        for (String term : terms) {
            if (!term.startsWith("ikg:")) continue;
            Resource r = ONTOLOGY.getResource(expand(term));
            boolean isClass = Character.isUpperCase(term.charAt(4));
            boolean declared = isClass ? r.hasProperty(RDF.type, OWL.Class)
                    : r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty);
            if (!declared) problems.add(term + " is not declared as " + (isClass ? "owl:Class" : "a property"));
            if (r.listProperties(RDFS.label).toList().size() != 1 || !r.getProperty(RDFS.label).getLanguage().isEmpty()) problems.add(term + " needs one untagged rdfs:label");
            if (!r.hasProperty(RDFS.comment)) problems.add(term + " has no rdfs:comment");
        }
        assertEquals(Set.of(), problems);
    }

    @Test
    void everyOtherTermOfTheModelIsReusedNotRedefined() throws IOException {
        Set<String> unused = new TreeSet<>();
        Set<String> terms = new TreeSet<>(modelTerms());
        terms.addAll(CORE);
        for (String term : terms) {
            if (term.startsWith("ikg:")) continue;
            Resource r = ONTOLOGY.getResource(expand(term));
            assertTrue(!r.hasProperty(RDFS.label) && !r.hasProperty(RDFS.comment), term + " is redefined in the ontology");
            boolean used = ONTOLOGY.containsResource(r) || SHAPES.containsResource(SHAPES.getResource(r.getURI()));
            if (!used) unused.add(term);
        }
        assertEquals(Set.of(), unused, "terms of the model neither the ontology nor the shapes use");
    }

    @Test
    void everyCoreTermIsInTheModelDocument() throws IOException {
        Set<String> missing = new TreeSet<>(CORE);
        missing.removeAll(modelTerms());
        assertEquals(Set.of(), missing);
    }

    @Test
    void theClassHierarchyIsAsDesigned() {
        Map<String, Set<String>> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("ikg:PolicyInstrument", Set.of("schema:CreativeWork")),
                Map.entry("ikg:Resolution", Set.of("ikg:PolicyInstrument")),
                Map.entry("ikg:Declaration", Set.of("ikg:PolicyInstrument")),
                Map.entry("ikg:Recommendation", Set.of("ikg:Resolution")),
                Map.entry("ikg:Decision", Set.of("ikg:Resolution")),
                Map.entry("ikg:QuotedParagraph", Set.of("schema:Quotation")),
                Map.entry("ikg:ProgressReport", Set.of("prov:Entity", "schema:Report")),
                Map.entry("ikg:ActivityReport", Set.of("ikg:ProgressReport")),
                Map.entry("ikg:Activity", Set.of("prov:Activity")),
                Map.entry("ikg:PlannedAction", Set.of("prov:Plan")),
                Map.entry("ikg:IUCNMember", Set.of("org:Organization")),
                Map.entry("ikg:Commission", Set.of("org:Organization")),
                Map.entry("org:OrganizationalUnit", Set.of("org:Organization")),
                Map.entry("ikg:Country", Set.of("schema:Country")),
                Map.entry("ikg:Event", Set.of("schema:Event")),
                Map.entry("ikg:Congress", Set.of("ikg:Event")),
                Map.entry("ikg:Toolkit", Set.of("schema:CreativeWork")),
                Map.entry("ikg:ToolkitImplementation", Set.of("prov:Activity")),
                Map.entry("ikg:Document", Set.of("schema:CreativeWork")),
                Map.entry("ikg:SourceDocument", Set.of("prov:Entity"))));
        assertEquals(expected, relation(RDFS.subClassOf.getURI()));
    }

    @Test
    void subPropertiesReuseDctermsProvAndSchema() {
        Map<String, Set<String>> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("ikg:issuedBy", Set.of("dcterms:creator")), Map.entry("ikg:reportedBy", Set.of("dcterms:creator")),
                Map.entry("ikg:mentions", Set.of("dcterms:references")), Map.entry("ikg:mentionsEvent", Set.of("dcterms:references")), Map.entry("ikg:citedURL", Set.of("dcterms:references")),
                Map.entry("ikg:referencesToolkit", Set.of("dcterms:references")), Map.entry("ikg:listsDocument", Set.of("dcterms:references")),
                Map.entry("ikg:concernsCountry", Set.of("dcterms:spatial")), Map.entry("ikg:country", Set.of("dcterms:spatial")),
                Map.entry("ikg:reportDate", Set.of("dcterms:date")), Map.entry("ikg:activityDate", Set.of("dcterms:date")),
                Map.entry("ikg:quotedParagraph", Set.of("dcterms:hasPart")), Map.entry("ikg:reportsOn", Set.of("schema:about")),
                Map.entry("ikg:toolkit", Set.of("prov:used"))));
        assertEquals(expected, relation(RDFS.subPropertyOf.getURI()));
    }

    @Test
    void literalValuedPropertiesAreDatatypePropertiesAndEveryPropertyHasADomain() {
        Set<String> problems = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).andThen(ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty)).forEach(p -> {
            String name = shortForm(p.getURI());
            if (!p.hasProperty(RDFS.domain)) problems.add(name + " has no rdfs:domain");
            Resource range = p.getPropertyResourceValue(RDFS.range);
            boolean literal = range != null && (range.getURI() != null ? range.getURI().startsWith(XSD.NS) : range.hasProperty(RDF.type, RDFS.Datatype));
            if (literal != p.hasProperty(RDF.type, OWL.DatatypeProperty)) problems.add(name + " range " + range + " does not match its property type");
            if (range == null && !Set.of("ikg:namedGraph", "ikg:citedURL").contains(name)) problems.add(name + " has no rdfs:range");
        });
        assertEquals(Set.of(), problems);
    }

    @Test
    void everyClassIsTargetedByAShape() {
        Set<String> untargeted = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.Class).filterKeep(Resource::isURIResource)
                .filterDrop(c -> SHAPES.contains(null, SHACLM.targetClass, SHAPES.getResource(c.getURI())))
                .forEach(c -> untargeted.add(shortForm(c.getURI())));
        assertEquals(Set.of(), untargeted);
    }

    private static Map<String, Set<String>> relation(String predicate) {
        Map<String, Set<String>> found = new TreeMap<>();
        ONTOLOGY.listStatements(null, ONTOLOGY.createProperty(predicate), (RDFNode) null).forEach(s ->
                found.computeIfAbsent(shortForm(s.getSubject().getURI()), k -> new TreeSet<>()).add(shortForm(s.getResource().getURI())));
        return found;
    }

    /** Every prefixed term docs/model.md names, e.g. "ikg:reportsOn", "org:Organization". */
    static Set<String> modelTerms() throws IOException {
        String text = Files.readString(Path.of("docs/model.md"), StandardCharsets.UTF_8);
        Set<String> terms = new TreeSet<>();
        Matcher m = Pattern.compile("\\b(" + String.join("|", PREFIXES.keySet()) + "):([A-Za-z][A-Za-z0-9]*)").matcher(text);
        while (m.find()) terms.add(m.group());
        return terms;
    }

    private static Set<String> ikgConstants() {
        Set<String> terms = new TreeSet<>();
        for (Field f : IKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) terms.add("ikg:" + f.getName());
        }
        return terms;
    }

    private static String expand(String term) {
        int colon = term.indexOf(':');
        return PREFIXES.get(term.substring(0, colon)) + term.substring(colon + 1);
    }

    private static String shortForm(String iri) {
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (iri.startsWith(e.getValue())) return e.getKey() + ":" + iri.substring(e.getValue().length());
        }
        return iri;
    }

    static Model parse(String pattern) {
        Model m = ModelFactory.createDefaultModel();
        for (Bundled.File f : Bundled.list(pattern)) {
            RDFParser.fromString(new String(f.bytes(), StandardCharsets.UTF_8), Lang.TURTLE)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(m);
        }
        assertTrue(m.size() > 0, "nothing found at " + pattern);
        return m;
    }
}
