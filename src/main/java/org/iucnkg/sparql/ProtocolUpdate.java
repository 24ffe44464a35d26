package org.iucnkg.sparql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;

/**
 * Fuseki's SPARQL Update, except that a request whose protocol dataset (using-graph-uri,
 * using-named-graph-uri) meets USING, USING NAMED or WITH in the update is answered 400: the protocol
 * calls it a client error, where Fuseki, checking while it executes, answers 500.
 */
final class ProtocolUpdate extends SPARQL_Update {

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UsingList protocolDataset = protocolDataset(action);
        if (!protocolDataset.usingIsPresent()) {
            super.execute(action, input);
            return;
        }
        byte[] request = readAll(input);
        try {
            UpdateFactory.read(protocolDataset, new ByteArrayInputStream(request), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // a syntax error: Fuseki answers it below, with the parser's message
        } catch (QueryException | UpdateException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        super.execute(action, new ByteArrayInputStream(request));
    }

    private static UsingList protocolDataset(HttpAction action) {
        UsingList using = new UsingList();
        values(action, HttpNames.paramUsingGraphURI).forEach(iri -> using.addUsing(NodeFactory.createURI(iri)));
        values(action, HttpNames.paramUsingNamedGraphURI).forEach(iri -> using.addUsingNamed(NodeFactory.createURI(iri)));
        return using;
    }

    private static List<String> values(HttpAction action, String parameter) {
        String[] values = action.getRequestParameterValues(parameter);
        return values == null ? List.of() : List.of(values);
    }

    private static byte[] readAll(InputStream input) {
        try {
            return input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("Cannot read the update request: " + e.getMessage());
            return new byte[0];
        }
    }
}
