package org.iucnkg.model;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms the graph uses, in the https namespace (Jena's SchemaDO uses http). */
public final class SCHEMA {
    public static final String NS = "https://schema.org/";

    private SCHEMA() {}

    public static final Resource Event = ResourceFactory.createResource(NS + "Event");
    public static final Resource Report = ResourceFactory.createResource(NS + "Report");
    public static final Property startDate = ResourceFactory.createProperty(NS, "startDate");
    public static final Property endDate = ResourceFactory.createProperty(NS, "endDate");
    public static final Property superEvent = ResourceFactory.createProperty(NS, "superEvent");
    public static final Property organizer = ResourceFactory.createProperty(NS, "organizer");
    public static final Property text = ResourceFactory.createProperty(NS, "text");
}
