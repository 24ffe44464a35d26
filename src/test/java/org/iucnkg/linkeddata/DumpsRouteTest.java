package org.iucnkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** {@code /dumps/}: the whole graph as gzipped N-Quads and TriG, written again after a write, with conditional GET. */
class DumpsRouteTest extends SeededServiceTest {
    private static final String ALL_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String TEST_GRAPH = "https://w3id.org/iucn-kg/graph/dump-test";

    @Test
    void theNquadsDumpGunzipsToEveryQuadOfTheStore() {
        HttpResponse<byte[]> response = fetch("/dumps/iucn-kg.nq.gz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/gzip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        DatasetGraph dump = nquads(response.body());
        assertThat(dump.stream().count()).isEqualTo(countOverHttp(ALL_QUADS));
        assertThat(dump.contains(NodeFactory.createURI("https://w3id.org/iucn-kg/graph/reference"), NodeFactory.createURI(AWF),
                RDFS.label.asNode(), NodeFactory.createLiteralString("African Wildlife Foundation"))).isTrue();
    }

    @Test
    void theTrigDumpHoldsTheSameQuads() {
        DatasetGraph trig = RDFParser.source(new ByteArrayInputStream(fetch("/dumps/iucn-kg.trig").body())).lang(Lang.TRIG).toDatasetGraph();
        DatasetGraph nquads = nquads(fetch("/dumps/iucn-kg.nq.gz").body());

        assertThat(trig.stream().count()).isEqualTo(nquads.stream().count());
        assertThat(trig.listGraphNodes()).toIterable().containsExactlyInAnyOrderElementsOf(() -> nquads.listGraphNodes());
    }

    @Test
    void theEtagHoldsUntilAWriteAndTheDumpIsWrittenAgain() {
        String before = fetch("/dumps/iucn-kg.nq.gz").headers().firstValue("ETag").orElseThrow();
        assertThat(fetch("/dumps/iucn-kg.nq.gz").headers().firstValue("ETag")).contains(before);
        assertThat(fetch("/dumps/iucn-kg.nq.gz", "If-None-Match", before).statusCode()).isEqualTo(304);
        long quadsBefore = countOverHttp(ALL_QUADS);
        Instant modifiedBefore = voidModified();
        try {
            assertThat(admin.update("INSERT DATA { GRAPH <" + TEST_GRAPH + "> { <urn:example:dump> <" + RDFS.comment.getURI() + "> \"written\" } }")
                    .statusCode()).isEqualTo(204);

            HttpResponse<byte[]> after = fetch("/dumps/iucn-kg.nq.gz", "If-None-Match", before);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);
            DatasetGraph dump = nquads(after.body());
            assertThat(dump.stream().count()).isEqualTo(quadsBefore + 1);
            assertThat(dump.contains(NodeFactory.createURI(TEST_GRAPH), NodeFactory.createURI("urn:example:dump"),
                    RDFS.comment.asNode(), NodeFactory.createLiteralString("written"))).isTrue();
            assertThat(voidModified()).isAfter(modifiedBefore);
        } finally {
            admin.update("DROP SILENT GRAPH <" + TEST_GRAPH + ">");
        }
    }

    @Test
    void lastModifiedAnswers304ToIfModifiedSince() {
        String lastModified = fetch("/dumps/iucn-kg.trig").headers().firstValue("Last-Modified").orElseThrow();

        assertThat(fetch("/dumps/iucn-kg.trig", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void theIndexListsBothFilesWithTheirSizes() {
        long nquadsBytes = fetch("/dumps/iucn-kg.nq.gz").body().length;
        String json = http.get("/dumps/", "application/json").body();

        assertThat(json).contains("\"name\":\"iucn-kg.nq.gz\"").contains("\"url\":\"/dumps/iucn-kg.nq.gz\"")
                .contains("\"mediaType\":\"application/n-quads\"").contains("\"compression\":\"application/gzip\"")
                .contains("\"bytes\":" + nquadsBytes).contains("\"name\":\"iucn-kg.trig\"");
        assertThat(http.get("/dumps", "text/html").body()).contains("href=\"/dumps/iucn-kg.trig\"").contains("VoID");
        assertThat(http.get("/dumps/other.nt", "*/*").statusCode()).isEqualTo(404);
    }

    private static DatasetGraph nquads(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return RDFParser.source(in).lang(Lang.NQUADS).toDatasetGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
