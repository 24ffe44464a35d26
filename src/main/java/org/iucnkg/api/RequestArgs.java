package org.iucnkg.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iucnkg.query.BadParameterException;
import org.springframework.util.MultiValueMap;

/** The query parameters of a request: the query's own, apart from those of paging and format. */
final class RequestArgs {
    private static final Set<String> RESERVED = Set.of(PageLinks.PAGE, PageLinks.SIZE, Format.PARAMETER);
    static final int MAX_PAGE_SIZE = 500;

    private RequestArgs() {}

    /** Path variables and query parameters, each given once. */
    static Map<String, String> of(Map<String, String> path, MultiValueMap<String, String> params) {
        Map<String, String> args = new LinkedHashMap<>(path);
        params.forEach((name, values) -> {
            if (RESERVED.contains(name)) return;
            if (values.size() != 1) throw new BadParameterException(name, "give " + name + " once");
            args.put(name, values.get(0));
        });
        return args;
    }

    static String single(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null) return null;
        if (values.size() != 1) throw new BadParameterException(name, "give " + name + " once");
        return values.get(0);
    }

    /** A positive whole number parameter, at most {@code max}, or {@code fallback} when absent. */
    static int number(MultiValueMap<String, String> params, String name, int fallback, int max) {
        String value = single(params, name);
        if (value == null) return fallback;
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= max) return number;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException(name, name + " must be a whole number from 1" + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }
}
