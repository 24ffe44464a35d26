package org.iucnkg.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.model.PROV;
import org.iucnkg.model.SCHEMA;
import org.springframework.stereotype.Component;

/** The prefixes the query editor declares and completes: the project's terms and the vocabularies it uses. */
@Component
class ProjectPrefixes {
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    ProjectPrefixes(Iris iris) {
        prefixes.put("ikg", IKG.NS);
        prefixes.put("id", iris.idBase());
        prefixes.put("org", "http://www.w3.org/ns/org#");
        prefixes.put("prov", PROV.NS);
        prefixes.put("skos", SKOS.uri);
        prefixes.put("dcterms", "http://purl.org/dc/terms/");
        prefixes.put("schema", SCHEMA.NS);
        prefixes.put("rdfs", RDFS.uri);
        prefixes.put("rdf", RDF.uri);
        prefixes.put("xsd", XSD.NS);
        prefixes.put("owl", OWL.NS);
    }

    Map<String, String> asMap() {
        return Collections.unmodifiableMap(prefixes);
    }

    /** PREFIX lines in the order above, for the editor's starting query. */
    String declarations() {
        StringBuilder text = new StringBuilder();
        prefixes.forEach((prefix, iri) -> text.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
        return text.toString();
    }
}
