package org.iucnkg.bench.gen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.iucnkg.model.Iris;

/**
 * Everyone and everything the generated reports talk about: members, partners, the Commissions, the
 * instruments of each Congress. Sizes grow with the number of reports the way the real record does:
 * membership saturates near the real ~1,500 members, partners keep appearing.
 */
final class Universe {
    /** Share of members the reference data knows; the rest the resolver mints. */
    static final double MEMBERS_IN_REFERENCE = 0.9;
    /** Share of partners the reference data knows. */
    static final double PARTNERS_IN_REFERENCE = 0.25;
    private static final int[] CONGRESSES = {1996, 2000, 2004, 2008, 2012, 2016, 2020, 2025};
    private static final int[] CONGRESS_WEIGHTS = {1, 1, 2, 4, 12, 35, 40, 5};

    final List<Org> members = new ArrayList<>();
    final List<Org> partners = new ArrayList<>();
    final List<Org> commissions;
    final List<Instrument> instruments = new ArrayList<>();
    private final Zipf memberActivity;
    private final Zipf partnerActivity;
    private final Zipf instrumentPopularity;
    private final int countryWeightTotal;

    /** One instrument reported on: "WCC 2016 Res 025" as the title writes it. */
    record Instrument(int year, String kind, int number) {
        String title() { return "WCC " + year + " " + kind + " " + String.format("%03d", number); }
    }

    Universe(Rng rng, int reports, BundledOrgs bundled) {
        countryWeightTotal = Country.ALL.stream().mapToInt(Country::weight).sum();
        var names = new OrgNames(rng.split(), new HashSet<>(bundled.acronyms()));
        Set<String> keys = new HashSet<>();
        bundled.rows().forEach(r -> keys.add(r.get("key")));
        int memberCount = Math.min(1500, Math.max(150, reports / 2));
        for (int i = 0; i < memberCount; i++) members.add(org(rng, names, keys, true));
        partners.addAll(bundled.partners());
        int partnerCount = Math.max(200, reports / 3);
        for (int i = 0; i < partnerCount; i++) partners.add(org(rng, names, keys, false));
        commissions = bundled.commissions();
        for (int c = 0; c < CONGRESSES.length; c++) {
            int year = CONGRESSES[c];
            for (int n = 1; n <= 90 + CONGRESS_WEIGHTS[c]; n++) instruments.add(new Instrument(year, "Res", n));
            for (int n = 101; n <= 100 + 10 + CONGRESS_WEIGHTS[c]; n++) instruments.add(new Instrument(year, "Rec", n));
            if (year >= 2020) for (int n = 130; n <= 147; n++) instruments.add(new Instrument(year, "Dec", n));
        }
        // Popularity by congress weight: shuffle within, recent congresses first in the Zipf order.
        instruments.sort((a, b) -> Integer.compare(weight(b.year()), weight(a.year())));
        memberActivity = new Zipf(members.size(), 1.0);
        partnerActivity = new Zipf(partners.size(), 1.1);
        instrumentPopularity = new Zipf(instruments.size(), 0.6);
    }

    Org member(Rng rng) { return members.get(memberActivity.draw(rng)); }

    Org partner(Rng rng) { return partners.get(partnerActivity.draw(rng)); }

    Instrument instrument(Rng rng) { return instruments.get(instrumentPopularity.draw(rng)); }

    Country country(Rng rng) {
        int at = rng.between(0, countryWeightTotal - 1);
        for (Country c : Country.ALL) {
            at -= c.weight();
            if (at < 0) return c;
        }
        return Country.ALL.get(0);
    }

    private Org org(Rng rng, OrgNames names, Set<String> keys, boolean member) {
        Country country = country(rng);
        String name = member || rng.chance(0.7) ? names.ngo(country) : names.agency(country);
        String acronym = rng.chance(member ? 0.85 : 0.6) ? names.acronym(name, country) : null;
        boolean known = rng.chance(member ? MEMBERS_IN_REFERENCE : PARTNERS_IN_REFERENCE);
        String key = known ? freeKey(acronym != null ? acronym : name, keys) : null;
        return new Org(key, name, acronym, country, member);
    }

    private static String freeKey(String base, Set<String> keys) {
        String key = Iris.slug(base);
        for (int n = 2; !keys.add(key); n++) key = Iris.slug(base) + "-" + n;
        return key;
    }

    private static int weight(int year) {
        for (int c = 0; c < CONGRESSES.length; c++) if (CONGRESSES[c] == year) return CONGRESS_WEIGHTS[c];
        return 0;
    }
}
