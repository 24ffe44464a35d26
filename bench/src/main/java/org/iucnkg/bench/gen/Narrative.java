package org.iucnkg.bench.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * The free text of a report: activities, challenges, future actions. Sentences name organisations
 * (mostly by acronym), countries, months, events (workshops held somewhere on a date, side events at
 * known conferences), operative paragraphs "[OP2; OP4.b]" and web addresses, as the real reports do;
 * filler sentences give the long tail of narrative lengths.
 */
final class Narrative {
    private static final String[] TOPICS_EN = {"illegal wildlife trade", "community-based conservation", "marine protected areas",
            "wildlife cybercrime", "human-wildlife conflict", "ecosystem restoration", "invasive species", "connectivity conservation",
            "sustainable fisheries", "pangolin trafficking", "mangrove restoration", "protected area management", "ranger welfare",
            "nature-based solutions", "peatland protection", "seabird bycatch", "orchid trade", "forest governance"};
    private static final String[] TOPICS_FR = {"commerce illégal d'espèces sauvages", "gestion des aires protégées",
            "restauration des mangroves", "conflits homme-faune", "gouvernance forestière", "pêche durable"};
    private static final String[] TOPICS_ES = {"tráfico ilegal de fauna silvestre", "gestión de áreas protegidas",
            "restauración de manglares", "conflictos entre humanos y fauna", "gobernanza forestal", "pesca sostenible"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final String[] MONTHS_ES = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"};
    private static final String[] KNOWN_EVENTS = {"CITES CoP18", "CITES CoP19", "CoP19 of CITES", "CBD COP14",
            "IUCN World Conservation Congress 2020", "IUCN Congress 2016", "the Kasane Conference on Illegal Wildlife Trade"};
    private static final String[] FILLER_EN = {"This contributed to better coordination among the stakeholders involved.",
            "Results will be published in due course.", "Local communities were closely involved in every step.",
            "The work continues with the support of several donors.", "Lessons learned were shared with government partners.",
            "Monitoring data show a clear improvement compared with the baseline.", "A follow-up phase is being designed."};
    private static final String[] FILLER_FR = {"Les communautés locales ont été associées à chaque étape.",
            "Les résultats seront publiés prochainement.", "Le travail se poursuit avec le soutien de plusieurs bailleurs."};
    private static final String[] FILLER_ES = {"Las comunidades locales participaron en cada etapa.",
            "Los resultados se publicarán próximamente.", "El trabajo continúa con el apoyo de varios donantes."};

    private final Rng rng;
    private final Universe universe;
    private final Language language;

    Narrative(Rng rng, Universe universe, Language language) {
        this.rng = rng;
        this.universe = universe;
        this.language = language;
    }

    /** One reported achievement by {@code actor} (an organisation the report lists), with {@code others} around. */
    String activity(Org actor, List<Org> others, int congressYear) {
        String who = actor.mention(rng);
        Org other = others.isEmpty() ? universe.partner(rng) : rng.pick(others);
        Country where = rng.chance(0.6) && actor.country() != null ? actor.country() : universe.country(rng);
        int year = Math.min(2025, congressYear + rng.between(0, 4));
        String sentence = switch (language) {
            case EN -> english(who, other.mention(rng), where, year);
            case FR -> french(who, other.mention(rng), where, year);
            case ES -> spanish(who, other.mention(rng), where, year);
        };
        StringBuilder text = new StringBuilder(sentence);
        if (rng.chance(0.3)) text.append(" [OP").append(rng.between(1, 9)).append(rng.chance(0.4) ? "; OP" + rng.between(2, 12) + ".b" : "").append("]");
        if (rng.chance(0.05)) text.append(" See www.").append(slugWord(actor.name())).append(".org/").append(year).append('.');
        int fillers = rng.skewed(1, 0.9, 0, 8);
        for (int i = 0; i < fillers; i++) text.append(' ').append(rng.pick(filler()));
        return text.toString();
    }

    /** A planned action, shorter and without dates. */
    String plan(Org actor, Country where) {
        return switch (language) {
            case EN -> actor.mention(rng) + " will continue its work on " + rng.pick(TOPICS_EN) + " in " + where.en() + ".";
            case FR -> actor.mention(rng) + " poursuivra ses travaux sur la " + rng.pick(TOPICS_FR) + " au " + where.fr() + ".";
            case ES -> actor.mention(rng) + " continuará su trabajo sobre la " + rng.pick(TOPICS_ES) + " en " + where.es() + ".";
        };
    }

    /** The challenges narrative: one to three sentences. */
    String challenges() {
        List<String> sentences = new ArrayList<>();
        int n = rng.between(1, 3);
        for (int i = 0; i < n; i++) sentences.add(switch (language) {
            case EN -> rng.pick(new String[] {"Funding remains short.", "Access to remote sites during the rainy season was difficult.",
                    "Staff turnover in partner agencies slowed progress.", "The pandemic delayed field work by a year."});
            case FR -> rng.pick(new String[] {"Le financement reste insuffisant.", "L'accès aux sites isolés reste difficile."});
            case ES -> rng.pick(new String[] {"La financiación sigue siendo insuficiente.", "El acceso a los sitios remotos es difícil."});
        });
        return String.join(" ", sentences);
    }

    private String english(String who, String other, Country where, int year) {
        String month = rng.pick(MONTHS_EN);
        String topic = rng.pick(TOPICS_EN);
        return switch (rng.between(0, 6)) {
            case 0 -> who + " trained " + rng.between(10, 200) + " rangers in " + where.en() + " in " + month + " " + year + ".";
            case 1 -> who + " and " + other + " held a workshop on " + topic + " in " + where.city() + ", " + where.en()
                    + " on " + rng.between(1, 28) + " " + month + " " + year + ".";
            case 2 -> "In " + month + " " + year + ", " + who + " convened a regional dialogue on " + topic + " with " + other + ".";
            case 3 -> who + " presented its results on " + topic + " at a side event at " + rng.pick(KNOWN_EVENTS) + ".";
            case 4 -> "Surveys of " + topic + " were carried out across " + rng.between(3, 60) + " sites in " + where.en()
                    + ", with support from " + other + ".";
            case 5 -> who + " published a report on " + topic + " in " + year + ", together with " + other + ".";
            default -> who + " continued to support " + topic + " efforts in " + where.en() + " and " + universe.country(rng).en() + ".";
        };
    }

    private String french(String who, String other, Country where, int year) {
        String month = rng.pick(MONTHS_FR);
        return switch (rng.between(0, 2)) {
            case 0 -> who + " a formé " + rng.between(10, 200) + " gardes au " + where.fr() + " en " + month + " " + year + ".";
            case 1 -> "Un atelier national sur la " + rng.pick(TOPICS_FR) + " s'est tenu à " + where.city() + " en " + month + " " + year
                    + ", organisé par " + who + ".";
            default -> who + " a soutenu, avec " + other + ", la " + rng.pick(TOPICS_FR) + " au " + where.fr() + ".";
        };
    }

    private String spanish(String who, String other, Country where, int year) {
        String month = rng.pick(MONTHS_ES);
        return switch (rng.between(0, 2)) {
            case 0 -> who + " capacitó a " + rng.between(10, 200) + " guardaparques en " + where.es() + " en " + month + " de " + year + ".";
            case 1 -> "Un taller nacional sobre " + rng.pick(TOPICS_ES) + " se celebró en " + where.city() + " en " + month + " de " + year
                    + ", organizado por " + who + ".";
            default -> who + " apoyó, junto con " + other + ", la " + rng.pick(TOPICS_ES) + " en " + where.es() + ".";
        };
    }

    private String[] filler() {
        return switch (language) {
            case EN -> FILLER_EN;
            case FR -> FILLER_FR;
            case ES -> FILLER_ES;
        };
    }

    private static String slugWord(String name) {
        return name.toLowerCase().replaceAll("[^a-z]+", "").substring(0, Math.min(12, name.replaceAll("[^A-Za-z]+", "").length()));
    }
}
