package org.iucnkg.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.model.Iris;
import org.springframework.core.io.ByteArrayResource;

/**
 * The bundled Turtle files (ontology, concepts, shapes) name resources under the default base; a
 * deployment with another base reads them with those IRIs moved under its own. The ontology
 * namespace is not under {@code id/} and never moves.
 */
final class Rebased {
    private static final String DEFAULT_ID_BASE = Iris.standard().idBase();

    private Rebased() {}

    /** Reads a bundled Turtle file, its {@code id/} IRIs under {@code iris}. */
    static Model read(Iris iris, Bundled.File file) {
        try (InputStream in = file.open()) {
            return ModelFactory.createModelForGraph(rebase(iris, RDFParser.source(in).lang(Lang.TURTLE).toGraph()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled file " + file.name(), e);
        }
    }

    /** The bundled Turtle files as they read under {@code iris}: the same files for the default base. */
    static List<Bundled.File> files(Iris iris, List<Bundled.File> files) {
        if (iris.idBase().equals(DEFAULT_ID_BASE)) return files;
        return files.stream().map(f -> turtle(f.name(), read(iris, f))).toList();
    }

    private static Bundled.File turtle(String name, Model model) {
        var out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return new Bundled.File(name, new ByteArrayResource(out.toByteArray(), name));
    }

    private static Graph rebase(Iris iris, Graph graph) {
        if (iris.idBase().equals(DEFAULT_ID_BASE)) return graph;
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> out.add(node(iris, t.getSubject()), node(iris, t.getPredicate()), node(iris, t.getObject())));
        return out;
    }

    private static Node node(Iris iris, Node node) {
        return node.isURI() && node.getURI().startsWith(DEFAULT_ID_BASE)
                ? NodeFactory.createURI(iris.idBase() + node.getURI().substring(DEFAULT_ID_BASE.length()))
                : node;
    }
}
