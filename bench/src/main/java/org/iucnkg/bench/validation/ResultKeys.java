package org.iucnkg.bench.validation;

import java.util.TreeSet;
import java.util.SortedSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;

/**
 * The results of a standard {@code sh:ValidationReport}, whichever engine wrote it, as comparable
 * keys: severity, focus node, path ({@code ^p} for an inverse path) and constraint component.
 */
final class ResultKeys {
    private ResultKeys() {}

    static SortedSet<String> of(Model report) {
        SortedSet<String> keys = new TreeSet<>();
        report.listStatements(null, SHACLM.result, (RDFNode) null).forEachRemaining(s -> keys.add(key(s.getResource())));
        return keys;
    }

    private static String key(Resource result) {
        return String.join(" | ", local(result.getPropertyResourceValue(SHACLM.resultSeverity)),
                node(result.getProperty(SHACLM.focusNode)), path(result.getPropertyResourceValue(SHACLM.resultPath)),
                local(result.getPropertyResourceValue(SHACLM.sourceConstraintComponent)));
    }

    private static String node(Statement focus) {
        if (focus == null) return "-";
        RDFNode n = focus.getObject();
        return n.isAnon() ? "_:" + n.asResource().getId().getLabelString() : n.toString();
    }

    private static String path(Resource path) {
        if (path == null) return "-";
        if (path.isAnon() && path.hasProperty(SHACLM.inversePath)) return "^" + path.getPropertyResourceValue(SHACLM.inversePath).getURI();
        return path.isAnon() ? "(complex path)" : path.getURI();
    }

    private static String local(Resource r) {
        return r == null ? "-" : r.isURIResource() ? r.getLocalName() : "_";
    }
}
