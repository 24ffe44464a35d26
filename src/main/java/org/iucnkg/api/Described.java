package org.iucnkg.api;

import java.util.List;
import java.util.Map;

import org.iucnkg.query.QueryFile;
import org.iucnkg.query.QueryRunner;

/** The resource a detail route answers about: its main query finds it by the path, or it does not exist (404). */
record Described(String noun, QueryFile query) {

    /** The main query's rows; none means 404. */
    List<Map<String, Object>> find(QueryRunner runner, Map<String, String> path, Map<String, String> args) {
        List<Map<String, Object>> rows = runner.all(query, args).records();
        if (rows.isEmpty()) throw new NotFoundException("There is no " + noun + " " + String.join(" ", path.values()) + ".");
        return rows;
    }
}
