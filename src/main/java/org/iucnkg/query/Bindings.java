package org.iucnkg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.iucnkg.model.Iris;

/**
 * Puts request values into the parsed query: each value becomes an RDF term of its declared type and
 * replaces its variable in the syntax tree. Nothing is pasted into query text. An optional parameter
 * without a value stays an unbound variable, which the query reads as "no filter".
 */
final class Bindings {
    private Bindings() {}

    static Query bind(QueryFile file, Map<String, String> args, Iris iris) {
        for (String name : args.keySet()) {
            if (file.param(name) == null) throw unknown(file, name);
        }
        Map<Var, Node> values = new LinkedHashMap<>();
        for (QueryParam param : file.params()) {
            String value = args.get(param.name());
            if (value == null) {
                if (param.required()) throw new BadParameterException(param.name(), param.name() + " is required");
                continue;
            }
            values.put(Var.alloc(param.variable()), param.toNode(value, iris));
        }
        if (values.isEmpty()) return file.query();
        Query bound = QueryTransformOps.transform(file.query(), values);
        return QueryTransformOps.transform(bound, new ElementTransformCopyBase(), BOUND_VALUE);
    }

    /** BOUND of a value is true; written out, BOUND("2016") would not even parse, and remote stores get the text. */
    private static final ExprTransform BOUND_VALUE = new ExprTransformCopy() {
        @Override
        public Expr transform(ExprFunction1 function, Expr argument) {
            if (function instanceof E_Bound && argument.isConstant()) return NodeValue.TRUE;
            return super.transform(function, argument);
        }
    };

    private static BadParameterException unknown(QueryFile file, String name) {
        String known = file.params().stream().map(QueryParam::name).collect(Collectors.joining(", "));
        return new BadParameterException(name, "unknown parameter " + name + (known.isEmpty() ? "" : "; this query takes " + known));
    }
}
