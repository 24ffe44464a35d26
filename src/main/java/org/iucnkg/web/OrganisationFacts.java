package org.iucnkg.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What an organisation's page says first: country, acronyms, other names, the resolutions it works on
 * and in which role, the organisations it works with, and the activities that name it. Read with the
 * REST API's named queries.
 */
@Component
class OrganisationFacts {
    private static final Map<String, String> ROLE_NAMES = Map.of("member", "IUCN member", "commission", "IUCN commission",
            "partner", "partner");

    public record Facts(Map<String, Object> organisation, List<Map<String, Object>> resolutions,
            List<Map<String, Object>> collaborators, List<Map<String, Object>> activities, Map<String, PartPages.More> more) {}

    private final CatalogReads reads;
    private final SiteLinks links;

    OrganisationFacts(CatalogReads reads, SiteLinks links) {
        this.reads = reads;
        this.links = links;
    }

    /** The facts of the organisation with this IRI key (awf), each part at its asked page; empty when it is no organisation. */
    Optional<Facts> of(String key, PartPages pages) {
        Map<String, String> args = Map.of("id", key);
        List<Map<String, Object>> found = reads.rows("organisation", args);
        if (found.isEmpty()) return Optional.empty();
        Map<String, PartPages.More> more = new HashMap<>();
        List<Map<String, Object>> resolutions = part("resolutions", "organisation-resolutions", args, pages, more);
        resolutions.forEach(r -> r.put("roleName", ROLE_NAMES.getOrDefault((String) r.get("role"), (String) r.get("role"))));
        return Optional.of(new Facts(linked(found).get(0), resolutions, part("collaborators", "organisation-collaborators", args, pages, more),
                part("activities", "organisation-activities", args, pages, more), more));
    }

    /** The asked page of a part, linked; its list's heading is "{part}-heading". */
    private List<Map<String, Object>> part(String name, String query, Map<String, String> args, PartPages pages,
            Map<String, PartPages.More> more) {
        return linked(pages.read(reads, name, query, args, name + "-heading", more));
    }

    /** The records with the page of each one's IRI under "href". */
    private List<Map<String, Object>> linked(List<Map<String, Object>> records) {
        records.forEach(r -> r.put("href", links.path((String) r.get("iri"))));
        return records;
    }
}
