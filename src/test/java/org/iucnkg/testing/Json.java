package org.iucnkg.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON answers of the API in tests. */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** GET {@code path} as JSON; the body of its 200 answer. */
    public static JsonNode get(Http http, String path) {
        return ok(http.get(path, "application/json"));
    }

    /** The body of a 200 answer (any other status fails the test with the body). */
    public static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return MAPPER.readTree(response.body());
    }

    public static JsonNode read(String body) {
        return MAPPER.readTree(body);
    }

    /** The text of {@code field} in every element of {@code array}. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asString()));
        return values;
    }
}
