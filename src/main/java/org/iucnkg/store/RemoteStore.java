package org.iucnkg.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * A SPARQL 1.1 store reached over HTTP through its query, update and Graph Store endpoints. Its
 * default graph must be the union of its named graphs (Fuseki with TDB2: {@code tdb2:unionDefaultGraph
 * true}), because every query of the application relies on that; {@link #defaultGraphIsUnion()} checks it.
 */
public final class RemoteStore implements KgStore {
    private static final String ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final Var G = Var.alloc("g"), S = Var.alloc("s"), P = Var.alloc("p"), O = Var.alloc("o");

    private final HttpClient http;
    private final String queryUrl;
    private final String updateUrl;
    private final String gspUrl;
    private final AtomicLong version = new AtomicLong(System.currentTimeMillis());

    private RemoteStore(HttpClient http, String queryUrl, String updateUrl, String gspUrl) {
        this.http = http;
        this.queryUrl = Objects.requireNonNull(queryUrl, "queryUrl");
        this.updateUrl = Objects.requireNonNull(updateUrl, "updateUrl");
        this.gspUrl = Objects.requireNonNull(gspUrl, "gspUrl");
    }

    /** Connects to the endpoints; {@code username} and {@code password} (both or neither) answer HTTP authentication. */
    public static RemoteStore connect(String queryUrl, String updateUrl, String gspUrl, String username, String password) {
        HttpClient.Builder http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (username != null && password != null) http.authenticator(credentials(username, password));
        return new RemoteStore(http.build(), queryUrl, updateUrl, gspUrl);
    }

    private static Authenticator credentials(String username, String password) {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password.toCharArray());
            }
        };
    }

    @Override
    public RDFLink link() {
        return RDFLinkHTTP.newBuilder()
                .queryEndpoint(queryUrl).updateEndpoint(updateUrl).gspEndpoint(gspUrl)
                .httpClient(http)
                .build();
    }

    /** One Graph Store PUT: the remote store replaces the graph atomically. */
    @Override
    public void replaceGraph(String graphName, Graph content) {
        try (RDFLink link = link()) {
            link.put(NodeFactory.createURI(graphName), content);
        }
        version.incrementAndGet();
    }

    @Override
    public void dropGraph(String graphName) {
        try (RDFLink link = link()) {
            link.delete(NodeFactory.createURI(graphName));
        } catch (HttpException e) {
            if (e.getStatusCode() != 404) throw e;
        }
        version.incrementAndGet();
    }

    /** Replaces and drops several graphs in one SPARQL Update request, which the remote store applies as a whole. */
    public void apply(Map<Node, Graph> replaced, Collection<Node> dropped) {
        UpdateRequest request = new UpdateRequest();
        dropped.forEach(name -> request.add(new UpdateDrop(name, true)));
        replaced.forEach((name, graph) -> {
            request.add(new UpdateDrop(name, true));
            QuadDataAcc quads = new QuadDataAcc();
            graph.find().forEachRemaining(t -> quads.addQuad(new Quad(name, t)));
            request.add(new UpdateDataInsert(quads));
        });
        if (request.getOperations().isEmpty()) return;
        try (RDFLink link = link()) {
            link.update(request);
        }
        version.incrementAndGet();
    }

    /** A query executed by the remote store; the answer is cut off after {@code timeout}. */
    public QueryExec query(Query query, Duration timeout) {
        return QueryExecHTTP.newBuilder()
                .endpoint(queryUrl).httpClient(http)
                .query(query)
                .timeout(timeout.toMillis())
                .build();
    }

    /** Copies every named graph of the remote store into {@code target} (inside a write transaction on it). */
    public void copyInto(DatasetGraph target) {
        try (RDFLink link = link()) {
            link.querySelect(ALL_QUADS, row -> target.add(row.get(G), row.get(S), row.get(P), row.get(O)));
        }
    }

    /** Whether a query without GRAPH sees the named graphs; true for an empty store. */
    public boolean defaultGraphIsUnion() {
        try (RDFLink link = link()) {
            return !link.queryAsk("ASK { GRAPH ?g { ?s ?p ?o } }") || link.queryAsk("ASK { ?s ?p ?o }");
        }
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public Optional<DatasetGraph> local() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // The HTTP client holds no resources that need releasing on Java 17.
    }

    @Override
    public String toString() {
        return "remote store at " + queryUrl;
    }
}
