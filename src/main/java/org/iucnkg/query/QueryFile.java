package org.iucnkg.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * One query of the catalog: its name (the file name without {@code .rq}), header, text and parsed form,
 * and its parameters, which are the query's own variables {@code ?_name} (required) and {@code ?__name}
 * (optional), each documented in the header.
 */
public record QueryFile(String name, QueryHeader header, String text, Query query, List<QueryParam> params) {
    private static final Pattern PARAMETER_VARIABLE = Pattern.compile("[?$](__?)([A-Za-z][A-Za-z0-9]*)");

    public QueryFile {
        params = List.copyOf(params);
    }

    /** Reads a query file; fails with the reason when it is not valid SPARQL or its header does not match its variables. */
    static QueryFile read(String name, String text) {
        try {
            QueryHeader header = QueryHeader.parse(text);
            Query query = QueryFactory.create(text);
            if (!query.isSelectType()) throw new IllegalArgumentException("only SELECT queries can be served");
            if (header.pagedInSubselect()) Counting.checkPagedInSubselect(query);
            return new QueryFile(name, header, text, query, params(header, variables(text)));
        } catch (RuntimeException e) {
            throw new IllegalStateException("queries/" + name + ".rq: " + e.getMessage(), e);
        }
    }

    public QueryParam param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
    }

    /** Parameter name to whether it is required, from the variables of the query (comment lines skipped). */
    private static Map<String, Boolean> variables(String text) {
        Map<String, Boolean> found = new java.util.LinkedHashMap<>();
        text.lines().filter(line -> !line.stripLeading().startsWith("#")).forEach(line -> {
            Matcher m = PARAMETER_VARIABLE.matcher(line);
            while (m.find()) {
                boolean required = m.group(1).length() == 1;
                Boolean before = found.put(m.group(2), required);
                if (before != null && before != required)
                    throw new IllegalArgumentException("?" + m.group(2) + " is used both as required (?_) and optional (?__)");
            }
        });
        return found;
    }

    private static List<QueryParam> params(QueryHeader header, Map<String, Boolean> variables) {
        Set<String> undocumented = new LinkedHashSet<>(variables.keySet());
        undocumented.removeAll(header.params().keySet());
        if (!undocumented.isEmpty()) throw new IllegalArgumentException("parameters without a #+ params entry: " + undocumented);
        List<QueryParam> params = new ArrayList<>();
        header.params().forEach((name, spec) -> {
            if (!variables.containsKey(name))
                throw new IllegalArgumentException("#+ params names " + name + ", but the query has no ?_" + name + " or ?__" + name);
            params.add(ParamSpec.toParam(name, variables.get(name), spec));
        });
        return params;
    }
}
