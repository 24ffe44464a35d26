package org.iucnkg.linkeddata;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.TreeSet;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.iucnkg.linkeddata.DatasetStatistics.Count;
import org.iucnkg.linkeddata.Dumps.DumpFile;
import org.iucnkg.linkeddata.Dumps.Generation;
import org.iucnkg.model.Iris;
import org.iucnkg.model.Prefixes;
import org.iucnkg.sparql.SparqlRoutes;

/**
 * The dataset described for harvesters, in VoID and DCAT: what it is, its licence and publisher, when
 * it last changed, where its SPARQL endpoint and dumps are, its size, the vocabularies it uses, and
 * one subset per named graph. {@code root} is this service's URL, the prefix of the links.
 */
final class VoidDescription {
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    private VoidDescription() {}

    static Model of(String root, Iris iris, LinkedDataProperties settings, DatasetStatistics numbers, Generation dumps, Instant modified) {
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.mapping(iris));
        Resource dataset = model.createResource(root + LinkedDataRoutes.VOID + "#dataset")
                .addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, settings.title())
                .addProperty(DCTerms.description, settings.description())
                .addProperty(DCTerms.license, model.createResource(settings.license().toString()))
                .addProperty(DCTerms.publisher, model.createResource().addProperty(RDF.type, FOAF.Agent).addProperty(FOAF.name, settings.publisher()))
                .addLiteral(DCTerms.modified, model.createTypedLiteral(calendar(modified)))
                .addProperty(VOID.sparqlEndpoint, model.createResource(root + SparqlRoutes.QUERY))
                .addProperty(VOID.uriSpace, iris.idBase())
                .addLiteral(VOID.triples, model.createTypedLiteral(numbers.triples()))
                .addLiteral(VOID.entities, model.createTypedLiteral(numbers.entities()))
                .addLiteral(VOID.classes, model.createTypedLiteral((long) numbers.classes().size()))
                .addLiteral(VOID.properties, model.createTypedLiteral((long) numbers.properties().size()));
        Format.rdf().forEach(f -> dataset.addProperty(VOID.feature, model.createResource(FORMATS + f.writer().getLang().getName().replace('/', '_'))));
        vocabularies(dataset, numbers);
        numbers.classes().forEach(c -> dataset.addProperty(VOID.classPartition, model.createResource()
                .addProperty(VOID._class, model.createResource(c.iri())).addLiteral(VOID.entities, model.createTypedLiteral(c.count()))));
        numbers.properties().forEach(p -> dataset.addProperty(VOID.propertyPartition, model.createResource()
                .addProperty(VOID.property, model.createResource(p.iri())).addLiteral(VOID.triples, model.createTypedLiteral(p.count()))));
        numbers.graphs().forEach(g -> {
            Resource subset = model.createResource(g.graph()).addProperty(RDF.type, VOID.Dataset)
                    .addLiteral(VOID.triples, model.createTypedLiteral(g.triples()));
            if (g.source() != null) subset.addProperty(DCTerms.source, model.createResource(g.source()));
            dataset.addProperty(VOID.subset, subset);
        });
        dumps.files().forEach(file -> dump(dataset, root, file, dumps.written(), settings));
        dataset.addProperty(DCAT.distribution, model.createResource()
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "SPARQL 1.1 endpoint")
                .addProperty(DCAT.accessURL, model.createResource(root + SparqlRoutes.QUERY))
                .addProperty(DCAT.accessService, model.createResource()
                        .addProperty(RDF.type, DCAT.DataService)
                        .addProperty(DCAT.endpointURL, model.createResource(root + SparqlRoutes.QUERY))
                        .addProperty(DCTerms.conformsTo, model.createResource("https://www.w3.org/TR/sparql11-protocol/"))));
        return model;
    }

    /** void:vocabulary: the namespace of every class and property the data uses. */
    private static void vocabularies(Resource dataset, DatasetStatistics numbers) {
        var namespaces = new TreeSet<String>();
        numbers.classes().stream().map(Count::iri).forEach(iri -> namespaces.add(NodeFactory.createURI(iri).getNameSpace()));
        numbers.properties().stream().map(Count::iri).forEach(iri -> namespaces.add(NodeFactory.createURI(iri).getNameSpace()));
        namespaces.forEach(ns -> dataset.addProperty(VOID.vocabulary, dataset.getModel().createResource(ns)));
    }

    private static void dump(Resource dataset, String root, DumpFile dump, Instant written, LinkedDataProperties settings) {
        Model model = dataset.getModel();
        Resource file = model.createResource(root + LinkedDataRoutes.DUMPS + "/" + dump.name());
        dataset.addProperty(VOID.dataDump, file).addProperty(DCAT.distribution, file);
        file.addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "The whole graph, every named graph, as " + dump.name())
                .addProperty(DCAT.downloadURL, file)
                .addProperty(DCAT.mediaType, model.createResource(MEDIA_TYPES + dump.mediaType()))
                .addLiteral(DCAT.byteSize, model.createTypedLiteral(Long.toString(dump.bytes()), XSD.nonNegativeInteger.getURI()))
                .addLiteral(DCTerms.modified, model.createTypedLiteral(calendar(written)))
                .addProperty(DCTerms.license, model.createResource(settings.license().toString()));
        if (dump.compression() != null) file.addProperty(DCAT.compressFormat, model.createResource(MEDIA_TYPES + dump.compression()));
    }

    private static Calendar calendar(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
