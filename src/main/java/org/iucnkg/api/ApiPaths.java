package org.iucnkg.api;

/** The paths and headers of the REST API that other parts of the service (security) need to know. */
public final class ApiPaths {
    /** Every path of the REST API. */
    public static final String ALL = "/api/**";
    public static final String SOURCES = "/api/sources";
    /** One source document: what DELETE removes. */
    public static final String SOURCE = SOURCES + "/*";
    /** Response header with the number of rows of all pages of a list. */
    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    private ApiPaths() {}
}
