package org.iucnkg.bench.gen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One progress report page ("WCC 2016 Res 025 - Progress Report") in one language: members, Commissions,
 * secretariat, partners, categories, results by category, challenges, future actions, status.
 */
final class ProgressReport {
    private static final List<String> CATEGORY_KEYS = List.of("capacity-building", "convene-stakeholders-networking",
            "education-communication-raising-awareness", "field-activities", "fundraising", "policy-influencing-advocacy",
            "scientific-technical-activities", "other");
    private static final List<String> STATUS_KEYS = List.of("not-started", "initiated", "underway", "on-going", "completed");
    private static final String[][] MANDATES = {{"2009", "2012"}, {"2013", "2016"}, {"2017", "2020"}, {"2021", "2025"}};

    private final Rng rng;
    private final Universe universe;
    private final Language language;
    private final Portal portal;

    ProgressReport(Rng rng, Universe universe, Language language) {
        this.rng = rng;
        this.universe = universe;
        this.language = language;
        this.portal = Portal.of(language);
    }

    String write(Universe.Instrument instrument, String title) {
        String kind = portal.kind(instrument.kind());
        List<Org> members = distinct(rng.skewed(3, 0.8, 1, 30), universe::member);
        List<Org> partners = distinct(rng.skewed(2, 1.0, 0, 15), universe::partner);
        StringBuilder page = new StringBuilder();
        if (rng.chance(0.9)) page.append(portal.banner()).append('\n');
        page.append(title).append(" - ").append(portal.title()).append("\n\n");
        page.append(portal.general()).append('\n').append(portal.implementing().formatted(kind)).append('\n');
        page.append(portal.members()).append('\n');
        members.forEach(m -> page.append(Misspell.maybe(m.listed(language), rng)).append('\n'));
        if (rng.chance(0.03)) page.append(rng.guid()).append('\n');
        if (rng.chance(0.3)) page.append(portal.noOtherMembers()).append('\n');
        page.append(portal.commissions()).append('\n');
        int commissions = rng.skewed(1, 0.7, 0, 3);
        for (int i = 0; i < commissions; i++) {
            Org c = rng.pick(universe.commissions);
            String[] mandate = MANDATES[Math.min(3, Math.max(0, (instrument.year() - 2008) / 4))];
            page.append(c.name()).append(' ').append(mandate[0]).append('-').append(mandate[1]).append(" (").append(c.acronym()).append(")\n");
        }
        page.append(portal.secretariat()).append('\n');
        if (rng.chance(0.8)) page.append(rng.chance(0.75) ? portal.yesNo().get(0) : portal.yesNo().get(1)).append('\n');
        if (!partners.isEmpty()) page.append(portal.partners()).append('\n').append(partnerLine(partners)).append('\n');
        page.append(portal.implementation()).append('\n');
        List<String> categories = categories();
        page.append(portal.categoriesQuestion().formatted(kind)).append('\n');
        categories.forEach(c -> page.append(portal.categories().get(c)).append('\n'));
        page.append(portal.resultsQuestion()).append('\n');
        results(page, categories, members, partners, instrument.year());
        page.append(portal.challengesQuestion().formatted(kind)).append('\n').append(new Narrative(rng, universe, language).challenges()).append('\n');
        page.append(portal.futureQuestion().formatted(kind)).append('\n');
        int plans = rng.skewed(2, 0.7, 0, 8);
        var narrative = new Narrative(rng, universe, language);
        for (int i = 0; i < plans; i++) page.append("- ").append(narrative.plan(rng.pick(members), universe.country(rng))).append('\n');
        page.append(portal.plannedQuestion()).append('\n');
        if (rng.chance(0.7)) page.append(rng.pick(portal.yesNo())).append('\n');
        page.append(portal.statusHeading()).append('\n').append(portal.statusQuestion().formatted(kind)).append('\n');
        page.append(portal.statuses().get(rng.pick(STATUS_KEYS))).append('\n');
        page.append(portal.additional());
        if (rng.chance(0.3)) page.append('\n').append("https://www.iucn.org/resources/").append(rng.hex16().substring(0, 8));
        return page.append('\n').toString();
    }

    private void results(StringBuilder page, List<String> categories, List<Org> members, List<Org> partners, int year) {
        var narrative = new Narrative(rng, universe, language);
        List<Org> actors = new ArrayList<>(members);
        actors.addAll(partners);
        int activities = rng.skewed(5, 0.8, 1, 40);
        int perCategory = Math.max(1, activities / categories.size());
        for (String category : categories) {
            page.append(portal.categories().get(category)).append('\n');
            for (int i = 0; i < perCategory; i++) {
                page.append(narrative.activity(rng.pick(members), actors, year)).append('\n');
            }
            page.append('\n');
        }
    }

    private List<String> categories() {
        Set<String> chosen = new LinkedHashSet<>();
        int n = rng.skewed(3, 0.5, 1, 8);
        while (chosen.size() < n) chosen.add(rng.pick(CATEGORY_KEYS));
        return CATEGORY_KEYS.stream().filter(chosen::contains).toList();
    }

    /** "A, B and C" in English, "A; B" sometimes, as the free-text field is written. */
    private String partnerLine(List<Org> partners) {
        List<String> names = partners.stream().map(p -> p.mention(rng)).toList();
        if (names.size() == 1) return names.get(0);
        String and = switch (language) {
            case EN -> " and ";
            case FR -> " et ";
            case ES -> " y ";
        };
        if (rng.chance(0.3)) return String.join("; ", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    private List<Org> distinct(int n, java.util.function.Function<Rng, Org> draw) {
        Set<Org> orgs = new LinkedHashSet<>();
        for (int tries = 0; orgs.size() < n && tries < n * 5; tries++) orgs.add(draw.apply(rng));
        return List.copyOf(orgs);
    }
}
