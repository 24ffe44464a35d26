package org.iucnkg.cli;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.model.Prefixes;

/** Writes RDF through RIOT, with the project's prefixes where the format has them. */
final class RdfOutput {
    private RdfOutput() {}

    /** The vocabularies of docs/model.md under their usual prefixes. */
    static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(Prefixes.vocabularies());
    }

    /**
     * Writes a dataset; a format without named graphs (Turtle, JSON-LD) gets the union of its graphs.
     * Streamed formats (N-Quads, TriG blocks) go graph by graph with the project's prefixes: a store
     * lists its quads by subject across graphs, which would open a new TriG block at every change of graph.
     */
    static void write(OutputStream out, DatasetGraph dataset, RDFFormat format) {
        if (!RDFLanguages.isQuads(format.getLang())) {
            write(out, dataset.getUnionGraph(), format);
        } else if (StreamRDFWriter.registered(format)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            prefixes().getNsPrefixMap().forEach(stream::prefix);
            dataset.getDefaultGraph().find().forEach(stream::triple);
            graphNames(dataset).forEach(g -> dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad));
            stream.finish();
        } else {
            RDFDataMgr.write(out, dataset, format);
        }
    }

    /** The named graphs in IRI order, so every dump of the same store lists them alike. */
    private static List<Node> graphNames(DatasetGraph dataset) {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::toString));
        return names;
    }

    /** Writes a graph with the project's prefixes (and any it already has). */
    static void write(OutputStream out, Graph graph, RDFFormat format) {
        Graph withPrefixes = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(withPrefixes, graph);
        withPrefixes.getPrefixMapping().setNsPrefixes(prefixes()).setNsPrefixes(graph.getPrefixMapping());
        RDFDataMgr.write(out, withPrefixes, format);
    }
}
