package org.iucnkg.linkeddata;

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
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.model.PROV;
import org.iucnkg.model.SCHEMA;

/**
 * The prefixes of every RDF answer and of the short names on the pages: the vocabularies of
 * docs/model.md, {@code id:} and {@code graph:} under the configured base, and VoID, DCAT and FOAF.
 * They are also the JSON-LD context.
 */
final class Prefixes {
    private Prefixes() {}

    static PrefixMapping of(Iris iris) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("ikg", IKG.NS)
                .setNsPrefix("id", iris.idBase())
                .setNsPrefix("graph", iris.graphBase())
                .setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("owl", OWL.NS)
                .setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("org", ORG.NS)
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("schema", SCHEMA.NS)
                .setNsPrefix("void", VOID.NS)
                .setNsPrefix("dcat", DCAT.NS)
                .setNsPrefix("foaf", FOAF.NS)
                .lock();
    }
}
