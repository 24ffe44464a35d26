package org.iucnkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.iucnkg.testing.Results;
import org.junit.jupiter.api.Test;

/** {@code /.well-known/void} and {@code /void}: the VoID and DCAT description, with counts checked against SPARQL. */
class VoidRouteTest extends SeededServiceTest {
    private static final List<String> SEED_GRAPHS = List.of("000_e0493410fdb9a2bc", "001_50aa66a37577ce79", "002_5df53e2cb0b2fe4b",
            "003_77c0dfcbb0738d32", "004_c290f9cf53e44b5b", "concepts", "ontology", "reference");

    private Resource dataset(String path) {
        Model model = ModelFactory.createModelForGraph(parse(http.get(path, "text/turtle").body(), Lang.TURTLE));
        return model.getResource(http.url("/void#dataset"));
    }

    @Test
    void describesTheDatasetItsEndpointAndItsLicence() {
        Resource dataset = dataset("/.well-known/void");

        assertThat(dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()).isEqualTo(http.url("/sparql"));
        assertThat(dataset.getProperty(VOID.uriSpace).getString()).isEqualTo(ID);
        assertThat(dataset.getPropertyResourceValue(DCTerms.license).getURI()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(dataset.getProperty(DCTerms.title).getString()).isEqualTo("IUCN-KG");
        String latestIngest = Results.firstColumn(http.query("SELECT (MAX(?t) AS ?latest) WHERE { ?d "
                + "<https://w3id.org/iucn-kg/ontology#ingestedAt> ?t }", "application/sparql-results+json").body()).get(0);
        assertThat(voidModified()).isAfterOrEqualTo(Instant.parse(latestIngest));
        assertThat(dataset.getProperty(VOID.triples).getLong()).isEqualTo(countOverHttp("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        assertThat(dataset.listProperties(VOID.vocabulary).mapWith(s -> s.getResource().getURI()).toList())
                .contains("https://w3id.org/iucn-kg/ontology#", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#",
                        "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/", "https://schema.org/");
    }

    @Test
    void eachNamedGraphIsASubsetWithItsTripleCountAndSourceDocument() {
        Resource dataset = dataset("/void");

        List<Resource> subsets = dataset.listProperties(VOID.subset).mapWith(s -> s.getResource()).toList();
        assertThat(subsets).extracting(Resource::getURI)
                .containsExactlyInAnyOrderElementsOf(SEED_GRAPHS.stream().map(g -> "https://w3id.org/iucn-kg/graph/" + g).toList());
        for (Resource subset : subsets) {
            long counted = countOverHttp("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + subset.getURI() + "> { ?s ?p ?o } }");
            assertThat(subset.getProperty(VOID.triples).getLong()).as(subset.getURI()).isEqualTo(counted);
        }
        Resource report001 = dataset.getModel().getResource("https://w3id.org/iucn-kg/graph/001_50aa66a37577ce79");
        assertThat(report001.getPropertyResourceValue(DCTerms.source).getURI()).isEqualTo(ID + "source/001_50aa66a37577ce79");
    }

    @Test
    void classAndPropertyPartitionsCountWhatTheGraphHolds() {
        Resource dataset = dataset("/void");

        long members = countOverHttp("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <https://w3id.org/iucn-kg/ontology#IUCNMember> }");
        long reportsOn = countOverHttp("SELECT (COUNT(*) AS ?n) WHERE { ?r <https://w3id.org/iucn-kg/ontology#reportsOn> ?i }");
        assertThat(partition(dataset, VOID.classPartition, VOID._class, "https://w3id.org/iucn-kg/ontology#IUCNMember", VOID.entities))
                .isEqualTo(members);
        assertThat(partition(dataset, VOID.propertyPartition, VOID.property, "https://w3id.org/iucn-kg/ontology#reportsOn", VOID.triples))
                .isEqualTo(reportsOn).isEqualTo(4);
    }

    @Test
    void theDumpsAreDistributionsWithTheirMediaTypesAndSizes() {
        Resource dataset = dataset("/void");

        Resource nquads = dataset.getModel().getResource(http.url("/dumps/iucn-kg.nq.gz"));
        Resource trig = dataset.getModel().getResource(http.url("/dumps/iucn-kg.trig"));
        assertThat(dataset.listProperties(VOID.dataDump).mapWith(s -> s.getResource()).toList()).contains(nquads, trig);
        assertThat(dataset.listProperties(DCAT.distribution).mapWith(s -> s.getResource()).toList()).contains(nquads, trig);
        assertThat(nquads.getPropertyResourceValue(DCAT.mediaType).getURI()).isEqualTo("https://www.iana.org/assignments/media-types/application/n-quads");
        assertThat(nquads.getPropertyResourceValue(DCAT.compressFormat).getURI()).isEqualTo("https://www.iana.org/assignments/media-types/application/gzip");
        assertThat(trig.getPropertyResourceValue(DCAT.mediaType).getURI()).isEqualTo("https://www.iana.org/assignments/media-types/application/trig");
        assertThat(nquads.getProperty(DCAT.byteSize).getLong()).isEqualTo(fetch("/dumps/iucn-kg.nq.gz").body().length);
        assertThat(trig.getProperty(DCAT.byteSize).getLong()).isEqualTo(fetch("/dumps/iucn-kg.trig").body().length);
    }

    @Test
    void negotiatedWithAnEtag() {
        HttpResponse<String> turtle = http.get("/.well-known/void", "text/turtle");
        String etag = turtle.headers().firstValue("ETag").orElseThrow();

        assertThat(turtle.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
        assertThat(fetch("/void", "Accept", "text/turtle", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(parse(http.get("/void.jsonld", "*/*").body(), Lang.JSONLD).isIsomorphicWith(parse(turtle.body(), Lang.TURTLE))).isTrue();
        assertThat(http.get("/void", "text/html").body()).contains("<h1>IUCN-KG</h1>").contains("iucn-kg.nq.gz").contains("graph:reference");
    }

    private static long partition(Resource dataset, Property partition, Property key,
            String term, Property count) {
        return dataset.listProperties(partition).mapWith(s -> s.getResource())
                .filterKeep(p -> p.getPropertyResourceValue(key).getURI().equals(term))
                .next().getProperty(count).getLong();
    }
}
