package org.iucnkg.security;

import java.util.List;

import org.iucnkg.api.ApiPaths;
import org.iucnkg.linkeddata.LinkedDataRoutes;
import org.iucnkg.sparql.SparqlRoutes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The one place that says who may do what. Everything is public to read; the writes listed here need
 * a signed-in user; the read paths listed here are open to every origin (CORS). API paths take no
 * CSRF token (their clients are programs, and writes need credentials on every request).
 */
public final class AccessRules {

    /** A method on a path (Spring path pattern). */
    public record Route(HttpMethod method, String path) {}

    /** A path that browsers on any origin may read, with the methods they may use. */
    public record OpenRead(String path, List<String> methods) {}

    public static final List<Route> WRITES = List.of(
            new Route(HttpMethod.POST, SparqlRoutes.UPDATE),
            new Route(HttpMethod.PATCH, SparqlRoutes.UPDATE),
            new Route(HttpMethod.PUT, SparqlRoutes.DATA),
            new Route(HttpMethod.POST, SparqlRoutes.DATA),
            new Route(HttpMethod.DELETE, SparqlRoutes.DATA),
            new Route(HttpMethod.PATCH, SparqlRoutes.DATA),
            new Route(HttpMethod.POST, ApiPaths.SOURCES),
            new Route(HttpMethod.DELETE, ApiPaths.SOURCE));

    private static final List<String> READ = List.of("GET", "HEAD", "OPTIONS");

    public static final List<OpenRead> OPEN_READS = List.of(
            new OpenRead(SparqlRoutes.QUERY, List.of("GET", "HEAD", "POST", "OPTIONS")),
            new OpenRead(SparqlRoutes.DATA, READ),
            new OpenRead(ApiPaths.ALL, READ),
            new OpenRead(LinkedDataRoutes.ID + "**", READ),
            new OpenRead(LinkedDataRoutes.ONTOLOGY, READ),
            new OpenRead(LinkedDataRoutes.ONTOLOGY + ".*", READ),
            new OpenRead(LinkedDataRoutes.VOID, READ),
            new OpenRead(LinkedDataRoutes.VOID + ".*", READ),
            new OpenRead(LinkedDataRoutes.WELL_KNOWN_VOID, READ),
            new OpenRead(LinkedDataRoutes.DUMPS, READ),
            new OpenRead(LinkedDataRoutes.DUMPS + "/**", READ));

    public static final List<String> API_PATHS = List.of(SparqlRoutes.QUERY, SparqlRoutes.UPDATE, SparqlRoutes.DATA, ApiPaths.ALL);

    /** Response headers that browser clients of the open reads may see. */
    public static final List<String> EXPOSED_HEADERS = List.of(SparqlRoutes.ROW_CAP_HEADER, HttpHeaders.ETAG, HttpHeaders.LINK,
            HttpHeaders.CONTENT_LOCATION, ApiPaths.TOTAL_COUNT_HEADER);

    private AccessRules() {}
}
