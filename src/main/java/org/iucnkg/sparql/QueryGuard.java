package org.iucnkg.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * What the public query endpoint refuses before running a query: SERVICE, which makes the server query
 * other hosts (unless enabled), and functions or property functions that are not built in, which ARQ
 * would load by class name.
 */
final class QueryGuard {
    static final String SERVICE_REFUSED = "SERVICE (federated query) is not allowed on this endpoint:"
            + " it would make the server query other hosts.";

    private final boolean serviceAllowed;

    QueryGuard(boolean serviceAllowed) {
        this.serviceAllowed = serviceAllowed;
    }

    /** Why the query must not run; empty if it may. */
    Optional<String> refusal(Query query) {
        List<String> problems = new ArrayList<>();
        inspect(Algebra.compile(query), problems);
        return problems.stream().findFirst();
    }

    private void inspect(Op op, List<String> problems) {
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                if (!serviceAllowed) problems.add(SERVICE_REFUSED);
            }

            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(triple -> checkPredicate(triple.getPredicate(), problems));
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN function) {
                if (function instanceof E_Function call) checkFunction(call.getFunctionIRI(), problems);
            }

            @Override
            public void visit(ExprFunctionOp exists) {
                inspect(exists.getGraphPattern(), problems);
            }
        });
    }

    private static void checkFunction(String iri, List<String> problems) {
        if (iri.startsWith(ARQConstants.javaClassURIScheme) || !FunctionRegistry.get().isRegistered(iri))
            problems.add("Unknown function <" + iri + ">: only the standard SPARQL functions and Jena's built-in"
                    + " function library are available on this endpoint.");
    }

    private static void checkPredicate(Node predicate, List<String> problems) {
        if (predicate.isURI() && predicate.getURI().startsWith(ARQConstants.javaClassURIScheme))
            problems.add("Property functions loaded by class name (<" + predicate.getURI() + ">) are not available on this endpoint.");
    }
}
