package org.iucnkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.stereotype.Component;

/**
 * What a resolution's page says first, in the order people ask: identifier, status, categories, who
 * implements it by role, the activities with their organisations and events, and a timeline of its
 * reports and dated activities. Read with the REST API's named queries.
 */
@Component
class ResolutionFacts {
    /** The roles as the reports list them, and their headings. */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();
    static {
        ROLES.put("members", "IUCN members");
        ROLES.put("commissions", "IUCN commissions");
        ROLES.put("secretariat", "IUCN Secretariat");
        ROLES.put("partners", "Partners");
    }

    private static final String ORG_PATH = "/id/org/";
    private static final String SECRETARIAT = ORG_PATH + "iucn-secretariat";

    /** An organisation, event or other resource shown by name with a link to its page. */
    public record Named(String label, String href, String note) {}

    /** The organisations listed in one role. */
    public record RoleGroup(String key, String heading, List<Named> organisations) {}

    /** A reported achievement with the organisations and events it names. */
    public record Activity(String href, String description, String date, List<Named> organisations, List<Named> events) {}

    /** One entry of the timeline: a date (as precise as the source), what happened, and a link. */
    public record Moment(String date, String text, String href) {}

    public record Facts(Map<String, Object> resolution, List<String> categories, List<RoleGroup> roles,
            List<Activity> activities, List<Moment> timeline, Map<String, PartPages.More> more) {}

    private final CatalogReads reads;
    private final GraphReads graph;
    private final SiteLinks links;

    ResolutionFacts(CatalogReads reads, GraphReads graph, SiteLinks links) {
        this.reads = reads;
        this.graph = graph;
        this.links = links;
    }

    /**
     * The facts of the instrument with this IRI key (wcc-2020-res-040), its reports, activities and each
     * role's organisations at their asked page; empty when it is no instrument.
     */
    Optional<Facts> of(String key, PartPages pages) {
        Map<String, String> args = Map.of("identifier", key);
        List<Map<String, Object>> found = reads.rows("resolution", args);
        if (found.isEmpty()) return Optional.empty();
        Node instrument = NodeFactory.createURI((String) found.get(0).get("iri"));
        Map<String, PartPages.More> more = new HashMap<>();
        List<Map<String, Object>> reports = pages.read(reads, "reports", "resolution-reports", args, "timeline-heading", more);
        Map<String, List<Map<String, Object>>> implementers = new LinkedHashMap<>();
        for (String role : List.of("members", "commissions", "partners")) {
            Map<String, String> roleArgs = Map.of("identifier", key, "role", role);
            implementers.put(role, pages.read(reads, role, "resolution-organisations", roleArgs, "role-" + role, more));
        }
        List<Activity> activities = activities(pages.read(reads, "activities", "resolution-activities", args, "activities-heading", more),
                organisationNames(implementers, instrument), reads.rows("resolution-events", args));
        return Optional.of(new Facts(found.get(0),
                reads.rows("resolution-categories", args).stream().map(r -> (String) r.get("label")).toList(),
                roles(implementers, !graph.select("secretariat-involved", Map.of("instrument", instrument)).isEmpty()),
                activities, timeline(reports, activities), more));
    }

    /** The groups in the order of the reports; the Secretariat when a report says it is involved ("IUCN Secretariat: Yes"). */
    private List<RoleGroup> roles(Map<String, List<Map<String, Object>>> implementers, boolean secretariat) {
        List<RoleGroup> groups = new ArrayList<>();
        ROLES.forEach((key, heading) -> {
            List<Named> listed = key.equals("secretariat")
                    ? (secretariat ? List.of(new Named("IUCN Secretariat", SECRETARIAT, "involved")) : List.of())
                    : implementers.get(key).stream()
                            .map(o -> new Named((String) o.get("label"), links.path((String) o.get("iri")), note(o))).toList();
            if (!listed.isEmpty()) groups.add(new RoleGroup(key, heading, listed));
        });
        return groups;
    }

    /** "SSC (2021–2025)" for a commission with its mandate, "IFAW" for a member with an acronym. */
    private static String note(Map<String, Object> organisation) {
        @SuppressWarnings("unchecked")
        String acronym = ((List<String>) organisation.getOrDefault("acronyms", List.of())).stream()
                .min(Comparator.comparing(String::length)).orElse(null);
        String mandate = organisation.get("mandate") == null ? null : ((String) organisation.get("mandate")).replace('-', '–');
        if (mandate == null) return acronym;
        return acronym == null ? "(" + mandate + ")" : acronym + " (" + mandate + ")";
    }

    @SuppressWarnings("unchecked")
    private List<Activity> activities(List<Map<String, Object>> rows, Map<String, String> orgNames,
            List<Map<String, Object>> events) {
        Map<String, String> eventNames = names(events);
        return rows.stream().map(a -> new Activity(links.path((String) a.get("iri")), (String) a.get("description"),
                Objects.toString(a.get("date"), null),
                ((List<String>) a.get("organisations")).stream().map(id -> named("org/", id, orgNames)).toList(),
                ((List<String>) a.get("events")).stream().map(id -> named("event/", id, eventNames)).toList())).toList();
    }

    /** The implementers shown by key, then every other organisation the activities name. */
    private Map<String, String> organisationNames(Map<String, List<Map<String, Object>>> implementers, Node instrument) {
        Map<String, String> names = new LinkedHashMap<>();
        implementers.values().forEach(rows -> names.putAll(names(rows)));
        graph.select("activity-organisations", Map.of("instrument", instrument))
                .forEach(row -> names.putIfAbsent(orgKey(row.text("organisation")), row.text("label")));
        return names;
    }

    private static String orgKey(String iri) {
        return iri.substring(iri.lastIndexOf(ORG_PATH) + ORG_PATH.length());
    }

    private static Map<String, String> names(List<Map<String, Object>> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        rows.forEach(r -> names.putIfAbsent((String) r.get("id"), (String) r.get("label")));
        return names;
    }

    /** Organisations and events an activity names are linked by key and shown by name (an unnamed one by its key). */
    private static Named named(String namespace, String id, Map<String, String> known) {
        return new Named(known.getOrDefault(id, id), "/id/" + namespace + id, null);
    }

    private List<Moment> timeline(List<Map<String, Object>> reports, List<Activity> activities) {
        List<Moment> moments = new ArrayList<>();
        reports.forEach(r -> moments.add(new Moment(Objects.toString(r.get("reportDate"), Objects.toString(r.get("periodCovered"), null)),
                r.get("label") + (r.get("statusLabel") == null ? "" : ": " + r.get("statusLabel")), links.path((String) r.get("iri")))));
        activities.stream().filter(a -> a.date() != null)
                .forEach(a -> moments.add(new Moment(a.date(), shorten(a.description()), a.href())));
        moments.sort(Comparator.comparing((Moment m) -> m.date() == null ? "9999" : m.date()));
        return moments;
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, text.lastIndexOf(' ', 157)) + "…";
    }
}
