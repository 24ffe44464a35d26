package org.iucnkg.bench.serve;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The default graph our service and Fuseki query, as N-Triples: every distinct triple of the store's
 * named graphs. Virtuoso's default graph is all graphs taken as a bag (a triple stated in 500 source
 * graphs matches 500 times), not the merge SPARQL defines; loading this instead of the quads gives it
 * the same default graph as the others.
 */
final class UnionDump {
    private UnionDump() {}

    /** Writes {@code nt}: the triples of {@code nquads} without their graph names, each once. */
    static void write(Path nquads, Path nt) throws IOException, InterruptedException {
        Path unsorted = nt.resolveSibling(nt.getFileName() + ".unsorted");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(unsorted))) {
            StreamRDF triples = StreamRDFLib.writer(out);
            RDFParser.source(nquads).lang(Lang.NQUADS).parse(new StreamRDFWrapper(triples) {
                @Override
                public void quad(Quad quad) { triples.triple(quad.asTriple()); }
            }); // the parser starts and finishes the writer
        }
        // one line per triple, blank-node labels kept, so equal lines are equal triples
        Process sort = new ProcessBuilder(List.of("sort", "-u", "-S", "512M", "-T", nt.getParent().toString(), "-o", nt.toString(), unsorted.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        sort.getOutputStream().close();
        if (sort.waitFor() != 0) throw new IOException("sort -u of " + unsorted + " failed");
        Files.delete(unsorted);
    }
}
