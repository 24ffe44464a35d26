package org.iucnkg.linkeddata;

/** The paths of the linked-data routes: resources, the ontology, the VoID description, the dumps. */
public final class LinkedDataRoutes {
    /** {@code /id/{path}} answers for the resource {@code <base>id/{path}}. */
    public static final String ID = "/id/";
    public static final String ONTOLOGY = "/ontology";
    public static final String VOID = "/void";
    public static final String WELL_KNOWN_VOID = "/.well-known/void";
    public static final String DUMPS = "/dumps";
    /** The query page the "open in SPARQL" links go to (the web UI's SPARQL editor). */
    public static final String QUERY_PAGE = "/query";

    private LinkedDataRoutes() {}
}
