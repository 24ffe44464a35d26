package org.iucnkg.web;

import java.util.List;
import java.util.Map;

import org.iucnkg.query.Page;
import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryParam;
import org.iucnkg.query.QueryRunner;
import org.springframework.stereotype.Component;

/** The REST API's named queries (queries/*.rq), read by the pages as plain records (column name to value). */
@Component
class CatalogReads {
    private final QueryCatalog catalog;
    private final QueryRunner runner;

    CatalogReads(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    List<Map<String, Object>> rows(String query, Map<String, String> args) {
        return runner.all(catalog.get(query), args).records();
    }

    /** The page size the query's header declares. */
    int pageSize(String query) {
        return catalog.get(query).header().pageSize();
    }

    Page page(String query, Map<String, String> args, int page, int size) {
        return runner.page(catalog.get(query), args, page, size);
    }

    /** The values an enumerated parameter of the query takes, for a filter's choices. */
    List<String> choices(String query, String param) {
        QueryParam declared = catalog.get(query).param(param);
        return declared == null ? List.of() : declared.values();
    }
}
