package org.iucnkg.sparql;

import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;

/** Fuseki's Graph Store Protocol, declaring the UTF-8 charset of its answers as the query service does. */
final class GraphStore extends GSP_RW {

    @Override
    protected void execGetGSP(HttpAction action) {
        action.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
        super.execGetGSP(action);
    }

    @Override
    protected void execHeadGSP(HttpAction action) {
        action.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
        super.execHeadGSP(action);
    }
}
