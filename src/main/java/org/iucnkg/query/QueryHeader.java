package org.iucnkg.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The YAML header of a query file, written in {@code #+} comment lines so the file stays valid SPARQL:
 * {@code summary}, {@code description}, {@code tags}, {@code pagination} (the default page size; absent
 * for a query that answers in one piece), {@code paging} ({@code subselect}: the page is cut in the query's
 * row sub-select, see {@link Counting}), {@code params} (name to {@code type}, {@code description},
 * {@code example}, {@code values}, {@code namespace}, {@code slug}, {@code pattern}) and {@code arrays}
 * (result columns holding {@code GROUP_CONCAT(DISTINCT COALESCE(?x, ""); separator="|")} lists; the COALESCE
 * matters because one unbound value makes ARQ's GROUP_CONCAT of the whole group unbound) and {@code remote}
 * (the query that answers instead on a remote store, for a query using the embedded store's own functions;
 * empty when none).
 */
public record QueryHeader(String summary, String description, List<String> tags, int pageSize, boolean pagedInSubselect,
                          Map<String, Map<String, Object>> params, Set<String> arrays, String remote) {
    private static final Set<String> KEYS = Set.of("summary", "description", "tags", "pagination", "paging", "params", "arrays", "remote");
    private static final String SUBSELECT = "subselect";

    public QueryHeader {
        tags = List.copyOf(tags);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params)); // keeps the header's order
        arrays = Set.copyOf(arrays);
    }

    public boolean paginated() {
        return pageSize > 0;
    }

    static QueryHeader parse(String text) {
        String yaml = text.lines()
                .filter(line -> line.startsWith("#+"))
                .map(line -> line.startsWith("#+ ") ? line.substring(3) : line.substring(2))
                .collect(Collectors.joining("\n"));
        Map<String, Object> fields = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (fields == null || !(fields.get("summary") instanceof String summary) || summary.isBlank())
            throw new IllegalArgumentException("the #+ header has no summary");
        List<String> unknown = fields.keySet().stream().filter(k -> !KEYS.contains(k)).toList();
        if (!unknown.isEmpty()) throw new IllegalArgumentException("unknown #+ header fields " + unknown + " (known: " + KEYS + ")");
        int pageSize = fields.get("pagination") instanceof Integer size ? size : 0;
        return new QueryHeader(summary.strip(), text(fields.get("description")), strings(fields.get("tags")),
                pageSize, pagedInSubselect(fields.get("paging"), pageSize), params(fields.get("params")),
                Set.copyOf(strings(fields.get("arrays"))), text(fields.get("remote")));
    }

    private static boolean pagedInSubselect(Object paging, int pageSize) {
        if (paging == null) return false;
        if (!SUBSELECT.equals(paging)) throw new IllegalArgumentException("#+ paging can only be " + SUBSELECT + " (got '" + paging + "')");
        if (pageSize <= 0) throw new IllegalArgumentException("#+ paging: " + SUBSELECT + " needs a #+ pagination page size");
        return true;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        if (value == null) return List.of();
        List<String> strings = new ArrayList<>();
        ((List<Object>) value).forEach(v -> strings.add(v.toString()));
        return strings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> params(Object value) {
        Map<String, Map<String, Object>> params = new LinkedHashMap<>();
        if (value != null) ((Map<String, Object>) value).forEach((name, spec) -> params.put(name, (Map<String, Object>) spec));
        return params;
    }
}
