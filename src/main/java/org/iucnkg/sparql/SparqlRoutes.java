package org.iucnkg.sparql;

/** The paths of the SPARQL services: query, update and the Graph Store Protocol. */
public final class SparqlRoutes {
    public static final String QUERY = "/sparql";
    public static final String UPDATE = "/update";
    public static final String DATA = "/data";
    /** Response header telling that a query got a LIMIT from the row cap, and its value. */
    public static final String ROW_CAP_HEADER = "X-Row-Cap";

    private SparqlRoutes() {}
}
