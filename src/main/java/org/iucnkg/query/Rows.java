package org.iucnkg.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.NodeValue;

/** The rows a query answered, in memory, with their column names. */
public record Rows(List<Var> vars, List<Binding> bindings, Set<String> arrays) {
    /** What separates the values of an array column (see the header's {@code arrays}). */
    public static final String ARRAY_SEPARATOR = "|";

    public Rows {
        vars = List.copyOf(vars);
        bindings = List.copyOf(bindings);
        arrays = Set.copyOf(arrays);
    }

    static Rows of(RowSet rows, Set<String> arrays) {
        List<Var> vars = rows.getResultVars();
        List<Binding> bindings = new ArrayList<>();
        // detached: every value read now, inside the transaction (TDB2 reads a row's values lazily, and after
        // the transaction a value its node cache does not hold is lost)
        rows.forEachRemaining(binding -> bindings.add(binding.detach()));
        return new Rows(vars, bindings, arrays);
    }

    public int size() {
        return bindings.size();
    }

    /** A fresh row set over these rows, for Jena's result writers (CSV, JSON, ...). */
    public RowSet rowSet() {
        return RowSetMem.create(RowSetStream.create(vars, bindings.iterator()));
    }

    /**
     * Each row as column name to plain value: numbers and booleans as such, IRIs and other literals as
     * their text, array columns as lists (empty when unbound); other unbound columns are left out.
     */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Binding binding : bindings) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (Var var : vars) {
                Node node = binding.get(var);
                if (arrays.contains(var.getVarName())) record.put(var.getVarName(), list(node));
                else if (node != null) record.put(var.getVarName(), value(node));
            }
            records.add(record);
        }
        return records;
    }

    private static List<String> list(Node node) {
        String text = node == null ? "" : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        if (text.isEmpty()) return List.of();
        return Arrays.stream(text.split("\\" + ARRAY_SEPARATOR)).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    static Object value(Node node) {
        if (node.isURI()) return node.getURI();
        if (node.isBlank()) return "_:" + node.getBlankNodeLabel();
        NodeValue value = NodeValue.makeNode(node);
        if (value.isBoolean()) return value.getBoolean();
        if (value.isInteger()) return value.getInteger();
        if (value.isDecimal()) return value.getDecimal();
        if (value.isDouble() || value.isFloat()) return value.getDouble();
        return node.getLiteralLexicalForm();
    }
}
