package org.iucnkg.bench.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.model.PROV;

/**
 * A deliberately broken copy of valid data: a few dozen of each of nine kinds of mistake (missing
 * required values, second labels, wrong datatypes, blank acronyms, wrong classes, codes that break
 * patterns, a congress year the SPARQL constraint catches), chosen by a fixed seed.
 */
final class Breaker {
    static final int PER_KIND = 40;

    private Breaker() {}

    static Graph broken(Graph valid, long seed) {
        Graph g = GraphFactory.createDefaultGraph();
        valid.find().forEachRemaining(g::add);
        Random random = new Random(seed);
        Node type = RDF.type.asNode();
        for (Node report : pick(g, type, IKG.ProgressReport.asNode(), random)) g.remove(report, IKG.reportsOn.asNode(), Node.ANY);
        for (Node activity : pick(g, type, IKG.Activity.asNode(), random)) g.remove(activity, PROV.wasDerivedFrom.asNode(), Node.ANY);
        for (Node activity : pick(g, type, IKG.Activity.asNode(), random)) {
            g.add(activity, IKG.activityDate.asNode(), NodeFactory.createLiteralString("sometime in 2019"));
        }
        for (Node activity : pick(g, type, IKG.Activity.asNode(), random)) {
            g.add(activity, IKG.involves.asNode(), Iris.standard().country("KE").asNode());
        }
        for (Node plan : pick(g, type, IKG.PlannedAction.asNode(), random)) g.remove(plan, IKG.order.asNode(), Node.ANY);
        for (Node org : pick(g, type, IKG.IUCNMember.asNode(), random)) {
            g.add(org, RDFS.label.asNode(), NodeFactory.createLiteralString("A second English name"));
        }
        for (Node org : pick(g, type, IKG.IUCNMember.asNode(), random)) g.add(org, IKG.acronym.asNode(), NodeFactory.createLiteralString(" "));
        for (Node country : pick(g, type, IKG.Country.asNode(), random)) {
            g.add(country, IKG.countryCode.asNode(), NodeFactory.createLiteralString("xx"));
        }
        for (Node instrument : pick(g, IKG.congressYear.asNode(), Node.ANY, random)) {
            g.remove(instrument, IKG.congressYear.asNode(), Node.ANY);
            g.add(instrument, IKG.congressYear.asNode(), NodeFactory.createLiteralDT("1999", XSDDatatype.XSDgYear));
        }
        return g;
    }

    /** Up to {@link #PER_KIND} distinct subjects of (?, p, o), in a seeded random order. */
    private static List<Node> pick(Graph g, Node p, Node o, Random random) {
        List<Node> all = new ArrayList<>(g.find(Node.ANY, p, o).mapWith(Triple::getSubject).filterKeep(Node::isURI).toSet());
        all.sort(Comparator.comparing(Node::getURI));
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(PER_KIND, all.size()));
    }

}
