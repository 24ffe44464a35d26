package org.iucnkg.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.iucnkg.store.KgStore;

/**
 * What the graph says about one resource, read with the queries in {@code linkeddata/entity-*.rq},
 * the resource bound to {@code ?resource}: whether it exists, its description (CONSTRUCT), and for
 * the page the named graph of each statement.
 */
final class EntityDescription {

    /** One statement of the description with the named graph holding it and that graph's source document (or null). */
    record Sourced(Triple triple, String graph, String source) {}

    private final KgStore store;
    private final int incomingLimit;
    private final Query exists = Queries.load("entity-exists");
    private final Query description;
    private final Query statements;
    private final Query incomingCount = Queries.load("entity-incoming-count");

    EntityDescription(KgStore store, int incomingLimit) {
        this.store = store;
        this.incomingLimit = incomingLimit;
        this.description = limitIncoming(Queries.load("entity-description"), incomingLimit);
        this.statements = limitIncoming(Queries.load("entity-statements"), incomingLimit);
    }

    int incomingLimit() { return incomingLimit; }

    boolean exists(String iri) {
        return StoreQueries.run(store, exists, resource(iri), QueryExecBuilder::ask);
    }

    /** The resource's statements, its neighbours' labels and its first incoming links. */
    Graph describe(String iri) {
        return StoreQueries.run(store, description, resource(iri), QueryExecBuilder::construct);
    }

    /** How many statements point to the resource, all of them. */
    long incomingLinks(String iri) {
        var row = StoreQueries.select(store, incomingCount, resource(iri)).next();
        return ((Number) row.get("links").getLiteralValue()).longValue();
    }

    /** The statements of the description (without the labels of neighbours), each once per named graph that holds it. */
    List<Sourced> sourcedStatements(String iri) {
        List<Sourced> rows = new ArrayList<>();
        StoreQueries.select(store, statements, resource(iri)).forEachRemaining(row -> {
            Node source = row.get("source");
            rows.add(new Sourced(Triple.create(row.get("s"), row.get("p"), row.get("o")), row.get("g").getURI(),
                    source == null ? null : source.getURI()));
        });
        return rows;
    }

    private static Map<String, Node> resource(String iri) {
        return Map.of("resource", NodeFactory.createURI(iri));
    }

    /** The incoming links are the query's sub-select: its LIMIT is the configured bound. */
    private static Query limitIncoming(Query query, int limit) {
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery subQuery) {
                subQuery.getQuery().setLimit(limit);
            }
        });
        return query;
    }
}
