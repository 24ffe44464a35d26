package org.iucnkg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
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
        return values.isEmpty() ? file.query() : QueryTransformOps.transform(file.query(), values);
    }

    private static BadParameterException unknown(QueryFile file, String name) {
        String known = file.params().stream().map(QueryParam::name).collect(Collectors.joining(", "));
        return new BadParameterException(name, "unknown parameter " + name + (known.isEmpty() ? "" : "; this query takes " + known));
    }
}
