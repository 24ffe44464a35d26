package org.iucnkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iucnkg.store.KgStore;
import org.springframework.stereotype.Component;

/**
 * The organisations that implement instruments, with the instruments and the role they are listed in;
 * two organisations are linked when they implement the same instrument (the page's script draws that).
 */
@Component
class CollaborationNetwork {
    /** Roles from the strongest tie to IUCN to the weakest: an organisation takes the strongest it is listed in. */
    private static final List<String> ROLES = List.of("member", "commission", "partner");
    private static final Map<String, String> ROLE_NAMES = Map.of("member", "IUCN member", "commission", "IUCN commission",
            "partner", "Partner");

    /** An instrument an organisation implements. */
    public record Work(String identifier, String href) {}

    /** One node: the organisation, its role, its country (may be null) and what it implements. */
    public record Organisation(String name, String shortName, String href, String role, String roleName,
            String countryCode, String country, List<Work> works) {
        public String identifiers() {
            return String.join("|", works.stream().map(Work::identifier).toList());
        }
    }

    private final GraphReads reads;
    private final SiteLinks links;
    private final VersionedCache<List<Organisation>> cache;

    CollaborationNetwork(GraphReads reads, SiteLinks links, KgStore store) {
        this.reads = reads;
        this.links = links;
        this.cache = new VersionedCache<>(store, this::compute);
    }

    /** Organisations by number of instruments, then name. */
    List<Organisation> organisations() {
        return cache.get();
    }

    private List<Organisation> compute() {
        Map<String, List<Row>> byOrg = new LinkedHashMap<>();
        reads.select("collaboration").forEach(row -> byOrg.computeIfAbsent(row.text("org"), k -> new ArrayList<>()).add(row));
        return byOrg.entrySet().stream().map(e -> organisation(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Organisation o) -> -o.works().size()).thenComparing(Organisation::name))
                .toList();
    }

    private Organisation organisation(String iri, List<Row> rows) {
        Row first = rows.get(0);
        String role = rows.stream().map(r -> r.text("role")).min(Comparator.comparing(ROLES::indexOf)).orElseThrow();
        List<Work> works = rows.stream().map(r -> new Work(r.text("identifier"), links.path(r.text("instrument")))).distinct().toList();
        return new Organisation(first.text("name"), first.text("shortName"), links.path(iri), role, ROLE_NAMES.get(role),
                first.text("countryCode"), first.text("country"), works);
    }
}
