package org.iucnkg.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The project's prefixes, in one place: the vocabularies of docs/model.md, then {@code id:} and
 * {@code graph:} under the configured base, then VoID, DCAT and FOAF (used by the dataset description).
 * Every RDF answer, dump, page and the query editor use these.
 */
public final class Prefixes {
    private Prefixes() {}

    /** The vocabularies of docs/model.md, in the order people read them. */
    public static Map<String, String> vocabularies() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("ikg", IKG.NS);
        prefixes.put("org", ORG.NS);
        prefixes.put("prov", PROV.NS);
        prefixes.put("skos", SKOS.uri);
        prefixes.put("dcterms", DCTerms.NS);
        prefixes.put("schema", SCHEMA.NS);
        prefixes.put("rdfs", RDFS.uri);
        prefixes.put("rdf", RDF.uri);
        prefixes.put("xsd", XSD.NS);
        prefixes.put("owl", OWL.NS);
        return prefixes;
    }

    /** Every prefix, with the resource and graph bases of {@code iris}. */
    public static Map<String, String> all(Iris iris) {
        Map<String, String> prefixes = vocabularies();
        prefixes.put("id", iris.idBase());
        prefixes.put("graph", iris.graphBase());
        prefixes.put("void", VOID.NS);
        prefixes.put("dcat", DCAT.NS);
        prefixes.put("foaf", FOAF.NS);
        return prefixes;
    }

    /** {@link #all} as a locked Jena prefix mapping (also the JSON-LD context). */
    public static PrefixMapping mapping(Iris iris) {
        return PrefixMapping.Factory.create().setNsPrefixes(all(iris)).lock();
    }
}
