package org.iucnkg.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.iucnkg.store.KgStore;
import org.springframework.stereotype.Component;

/** Each country's progress through the ICCWC toolkit's eight steps, as the map and its table show it. */
@Component
class ToolkitProgress {
    static final int STEPS = 8;

    /** One country: its completed steps ("1 Request", ...), and whether the action plan's recommendations are implemented (null: unknown). */
    public record Country(String name, String iso2, String href, int completed, Boolean actionPlan, List<String> steps) {
        /** The text of the map's tooltip and the country's accessible name. */
        public String summary() {
            String plan = actionPlan == null ? "unknown" : actionPlan ? "implemented" : "not implemented";
            return name + ": " + completed + " of " + STEPS + " steps completed"
                    + (steps.isEmpty() ? "" : " (" + String.join(", ", steps) + ")")
                    + ". Action plan recommendations: " + plan + ".";
        }
    }

    /** The countries in name order, and the date the table gives its status for (null if it gives none). */
    public record Progress(List<Country> countries, LocalDate asOf) {
        public String asOfText() {
            return asOf == null ? null : asOf.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        }
    }

    private final GraphReads reads;
    private final SiteLinks links;
    private final VersionedCache<Progress> cache;

    ToolkitProgress(GraphReads reads, SiteLinks links, KgStore store) {
        this.reads = reads;
        this.links = links;
        this.cache = new VersionedCache<>(store, this::compute);
    }

    Progress progress() {
        return cache.get();
    }

    private Progress compute() {
        Map<String, List<Row>> byImplementation = new LinkedHashMap<>();
        reads.select("toolkit").forEach(row -> byImplementation.computeIfAbsent(row.text("implementation"), k -> new ArrayList<>()).add(row));
        List<Country> countries = byImplementation.entrySet().stream().map(e -> country(e.getKey(), e.getValue())).toList();
        LocalDate asOf = byImplementation.values().stream().flatMap(List::stream).map(r -> r.text("asOf"))
                .filter(Objects::nonNull).map(LocalDate::parse).max(LocalDate::compareTo).orElse(null);
        return new Progress(countries, asOf);
    }

    private Country country(String implementation, List<Row> rows) {
        Row first = rows.get(0);
        List<String> steps = rows.stream().filter(r -> r.text("stepNumber") != null)
                .map(r -> r.text("stepNumber") + " " + r.text("stepName")).distinct().toList();
        int completed = first.text("stepCount") != null ? first.integer("stepCount") : steps.size();
        Boolean plan = first.text("actionPlan") == null ? null : first.bool("actionPlan");
        return new Country(first.text("countryName"), first.text("iso2"), links.path(implementation), completed, plan, steps);
    }
}
