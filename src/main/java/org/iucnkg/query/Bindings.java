package org.iucnkg.query;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.iucnkg.model.Iris;

/**
 * Puts request values into the parsed query: each value becomes an RDF term of its declared type and
 * replaces its variable in the syntax tree. Nothing is pasted into query text. An optional parameter
 * without a value stays an unbound variable, which the query reads as "no filter"; then what the values
 * decide is folded away ({@link Decided}).
 */
final class Bindings {
    private Bindings() {}

    static Query bind(QueryFile file, Map<String, String> args, Iris iris) {
        for (String name : args.keySet()) {
            if (file.param(name) == null) throw unknown(file, name);
        }
        Map<Var, Node> values = new LinkedHashMap<>();
        Set<Var> unset = new HashSet<>();
        for (QueryParam param : file.params()) {
            String value = args.get(param.name());
            Var variable = Var.alloc(param.variable());
            if (value != null) values.put(variable, param.toNode(value, iris));
            else if (param.required()) throw new BadParameterException(param.name(), param.name() + " is required");
            else unset.add(variable);
        }
        if (file.params().isEmpty()) return file.query();
        return Decided.fold(QueryTransformOps.transform(file.query(), values), unset);
    }

    private static BadParameterException unknown(QueryFile file, String name) {
        String known = file.params().stream().map(QueryParam::name).collect(Collectors.joining(", "));
        return new BadParameterException(name, "unknown parameter " + name + (known.isEmpty() ? "" : "; this query takes " + known));
    }
}
