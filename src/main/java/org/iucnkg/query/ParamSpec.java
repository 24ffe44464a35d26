package org.iucnkg.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one {@code params} entry of a header into a {@link QueryParam}. */
final class ParamSpec {
    private static final Set<String> KEYS = Set.of("type", "description", "example", "values", "namespace", "slug", "pattern");

    private ParamSpec() {}

    @SuppressWarnings("unchecked")
    static QueryParam toParam(String name, boolean required, Map<String, Object> spec) {
        if (spec == null || spec.get("type") == null) throw new IllegalArgumentException("parameter " + name + " has no type");
        List<String> unknown = spec.keySet().stream().filter(k -> !KEYS.contains(k)).toList();
        if (!unknown.isEmpty()) throw new IllegalArgumentException("parameter " + name + ": unknown fields " + unknown);
        ParamType type = ParamType.of(spec.get("type").toString());
        List<String> values = spec.get("values") == null ? List.of()
                : ((List<Object>) spec.get("values")).stream().map(Object::toString).toList();
        if (type == ParamType.ENUM && values.isEmpty()) throw new IllegalArgumentException("enum parameter " + name + " lists no values");
        String pattern = string(spec.get("pattern"));
        return new QueryParam(name, type, required, string(spec.get("description")), string(spec.get("example")), values,
                string(spec.get("namespace")), !Boolean.FALSE.equals(spec.get("slug")),
                pattern == null ? null : Pattern.compile(pattern));
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
