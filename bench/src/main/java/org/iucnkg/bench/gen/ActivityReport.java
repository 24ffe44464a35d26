package org.iucnkg.bench.gen;

import java.util.List;

/**
 * One "Activity Report" page by a single constituent (a member or a Commission): header fields,
 * categories glued to their text, then the ActionDescriptionStatus table (tab-separated rows or one
 * cell per line), in English or French.
 */
final class ActivityReport {
    private static final List<String> CATEGORY_KEYS = List.of("capacity-building", "education-communication-raising-awareness",
            "field-activities", "fundraising", "policy-influencing-advocacy", "scientific-technical-activities");
    private static final String[] SCOPES_EN = {"National", "Regional (East Africa)", "Global", "Regional (South-East Asia)", "Local"};
    private static final String[] SCOPES_FR = {"Nationale", "Afrique centrale", "Mondiale", "Afrique de l'Ouest", "Locale"};

    private final Rng rng;
    private final Universe universe;
    private final Language language;
    private final Portal portal;

    ActivityReport(Rng rng, Universe universe, Language language) {
        if (language == Language.ES) throw new IllegalArgumentException("activity reports are generated in English or French");
        this.rng = rng;
        this.universe = universe;
        this.language = language;
        this.portal = Portal.of(language);
    }

    String write(Universe.Instrument instrument, String title) {
        boolean en = language == Language.EN;
        boolean commission = rng.chance(0.15);
        Org constituent = commission ? rng.pick(universe.commissions) : universe.member(rng);
        int start = Math.min(2024, instrument.year() + rng.between(0, 3));
        StringBuilder page = new StringBuilder(portal.banner()).append('\n');
        page.append(title).append(" - ").append(en ? "Activity Report" : "Rapport d'activité").append("\n\n");
        String listed = commission ? constituent.name() + " " + start + "-" + (start + 3) + " (" + constituent.acronym() + ")" : constituent.listed(language);
        page.append(en ? "IUCN Constituent: " : "Constituant de l'UICN : ").append(listed).append('\n');
        page.append(en ? "IUCN Constituent type: " : "Type de constituant : ").append(commission ? "Commission" : en ? "Member" : "Membre").append('\n');
        page.append(en ? "Period covered: January " + start + " - December " + (start + 2) : "Période couverte : du 1 mars " + start + " au 30 juin " + (start + 1)).append('\n');
        page.append(en ? "Geographic scope: " + rng.pick(SCOPES_EN) : "Portée géographique : " + rng.pick(SCOPES_FR)).append('\n');
        var narrative = new Narrative(rng, universe, language);
        List<Org> around = List.of(universe.partner(rng), universe.member(rng));
        int glued = rng.between(1, 3);
        for (int i = 0; i < glued; i++) {
            page.append(portal.categories().get(rng.pick(CATEGORY_KEYS))).append(narrative.activity(constituent, around, instrument.year())).append('\n');
        }
        page.append(en ? "ActionDescriptionStatus" : "ActionDescriptionStatut").append('\n');
        int rows = rng.skewed(3, 0.6, 1, 12);
        for (int i = 0; i < rows; i++) {
            String category = portal.categories().get(rng.pick(CATEGORY_KEYS));
            String text = narrative.activity(constituent, around, instrument.year());
            String status = en ? rng.pick(new String[] {"Completed", "On-going", "Initiated"}) : rng.pick(new String[] {"Achevé", "En cours"});
            if (rng.chance(0.5)) page.append(category).append('\t').append(text).append('\t').append(status).append('\n');
            else page.append(category).append('\n').append(text).append('\n').append(status).append('\n');
        }
        return page.toString();
    }
}
