package org.iucnkg.ingest.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.iucnkg.model.Iris;

/** Consistency of the curated tables: unique keys, known countries, existing targets, valid dates. */
final class ReferenceChecks {
    private ReferenceChecks() {}

    /** Throws one exception listing every problem, so a curator can fix them all at once. */
    static void require(ReferenceTables t) {
        List<String> problems = new ArrayList<>();
        Set<String> countries = unique(t.countries().stream().map(ReferenceTables.Country::alpha2).toList(), "country code", problems);
        t.countries().forEach(c -> {
            if (!c.alpha2().matches("[A-Z]{2}")) problems.add("country " + c.alpha2() + ": alpha-2 must be two capital letters");
            if (!c.alpha3().matches("[A-Z]{3}")) problems.add("country " + c.alpha2() + ": alpha-3 '" + c.alpha3() + "' must be three capital letters");
        });
        Set<String> orgs = unique(t.organisations().stream().map(ReferenceTables.Organisation::key).toList(), "organisation key", problems);
        Set<String> events = unique(t.events().stream().map(ReferenceTables.Event::key).toList(), "event key", problems);
        for (ReferenceTables.Organisation o : t.organisations()) {
            String where = "organisation " + o.key();
            stableKey(o.key(), where, problems);
            known(o.country(), countries, where + ": country", problems);
            o.unitOf().forEach(k -> known(k, orgs, where + ": unitOf", problems));
            o.hasMember().forEach(k -> known(k, orgs, where + ": hasMember", problems));
            o.closeMatch().forEach(k -> known(k, orgs, where + ": closeMatch", problems));
        }
        for (ReferenceTables.Event e : t.events()) {
            String where = "event " + e.key();
            stableKey(e.key(), where, problems);
            known(e.country(), countries, where + ": country", problems);
            known(e.superEvent(), events, where + ": superEvent", problems);
            for (String date : new String[] {e.startDate(), e.endDate()}) {
                try {
                    if (date != null) ReferenceGraph.date(date);
                } catch (IllegalArgumentException bad) {
                    problems.add(where + ": " + bad.getMessage());
                }
            }
        }
        t.nonNames().stream().filter(n -> !n.scanner().equals("organisation") && !n.scanner().equals("country"))
                .forEach(n -> problems.add("non-name '" + n.phrase() + "': scanner must be organisation or country"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("data/reference is inconsistent:\n  " + String.join("\n  ", problems));
        }
    }

    private static Set<String> unique(List<String> keys, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        keys.stream().filter(k -> !seen.add(k)).distinct().forEach(k -> problems.add("duplicate " + what + " " + k));
        return seen;
    }

    private static void stableKey(String key, String where, List<String> problems) {
        if (!key.equals(Iris.slug(key))) problems.add(where + ": key must be lower-case letters, digits and '-'");
    }

    private static void known(String key, Set<String> keys, String where, List<String> problems) {
        if (key != null && !keys.contains(key)) {
            problems.add(where + " '" + key + "' is not a key of the reference tables");
        }
    }
}
