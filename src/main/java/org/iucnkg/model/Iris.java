package org.iucnkg.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Mints every IRI of the graph under one configurable base (default {@link #DEFAULT_BASE}).
 * The patterns are listed in docs/model.md; IRIs depend only on their inputs, so re-ingesting
 * the same documents yields the same IRIs.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/iucn-kg/";

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris standard() { return new Iris(DEFAULT_BASE); }

    public String base() { return base; }
    public String idBase() { return base + "id/"; }
    public String graphBase() { return base + "graph/"; }

    public Resource instrument(String identifier) { return id("instrument/" + slug(identifier)); }
    public Resource paragraph(Resource instrument, int n) { return ResourceFactory.createResource(instrument.getURI() + "/paragraph/" + n); }
    public Resource report(String sourceId) { return id("report/" + sourceId); }
    public Resource activity(String sourceId, int n) { return id("activity/" + sourceId + "-" + n); }
    public Resource plannedAction(String sourceId, int n) { return id("planned-action/" + sourceId + "-" + n); }
    public Resource organisation(String key) { return id("org/" + slug(key)); }
    public Resource memberById(String memberId) { return id("org/member-" + slug(memberId)); }
    public Resource mandate(String commissionKey, String startYear, String endYear) {
        return id("mandate/" + slug(commissionKey) + "-" + startYear + "-" + endYear);
    }
    public Resource country(String iso2) { return id("country/" + iso2.toUpperCase(Locale.ROOT)); }
    public Resource event(String key) { return id("event/" + slug(key)); }
    public Resource toolkit() { return id("toolkit/iccwc-wildlife-and-forest-crime-analytic-toolkit"); }
    public Resource toolkitImplementation(String iso2) { return id("toolkit-implementation/" + iso2.toUpperCase(Locale.ROOT)); }
    public Resource document(String identifier) { return id("document/" + slug(identifier)); }
    public Resource networkFigure(String orgKey, String presence) { return id("network-figure/" + slug(orgKey) + "-" + slug(presence)); }
    public Resource concept(String scheme, String key) { return id("concept/" + scheme + "/" + key); }
    public Resource scheme(String scheme) { return id("scheme/" + scheme); }
    public Resource source(String sourceId) { return id("source/" + sourceId); }

    public String graph(String sourceId) { return graphBase() + sourceId; }
    public String ontologyGraph() { return graphBase() + "ontology"; }
    public String conceptsGraph() { return graphBase() + "concepts"; }
    public String referenceGraph() { return graphBase() + "reference"; }

    private Resource id(String path) { return ResourceFactory.createResource(idBase() + path); }

    /** Lower-case ASCII slug: diacritics stripped, every run of other characters becomes one '-'. */
    public static String slug(String text) {
        return slugKeeping(text, "");
    }

    /** Source id from a file name: the name without directory and extension, slugged, underscores kept. */
    public static String sourceId(String fileName) {
        String name = fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return slugKeeping(dot > 0 ? name.substring(0, dot) : name, "_");
    }

    private static String slugKeeping(String text, String keep) {
        Objects.requireNonNull(text, "text");
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9" + keep + "]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) throw new IllegalArgumentException("nothing to make an identifier from in '" + text + "'");
        return slug;
    }
}
