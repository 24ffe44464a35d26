package org.iucnkg.bench.gen;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Invents organisation names the way conservation bodies are named ("Okavango Wetlands Trust",
 * "Association pour la Protection des Forêts de Moravi"), unique, with an acronym from their
 * capitals. A made-up place word in most names keeps two organisations from looking like
 * misspellings of each other.
 */
final class OrgNames {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "tu", "be", "no", "sa", "vi", "da", "ze", "mo",
            "ni", "ta", "ru", "ge", "pa", "li", "wa", "ko", "se", "ma", "ti", "zu", "ha", "ne", "bo", "la", "fi", "go"};
    private static final String[] THEMES = {"Wildlife", "Wetlands", "Forest", "Rainforest", "Marine", "Coral Reef", "Mangrove",
            "River", "Mountain", "Savanna", "Grassland", "Coastal", "Island", "Desert", "Biodiversity", "Nature", "Environmental",
            "Ecological", "Bird", "Primate", "Elephant", "Turtle", "Amphibian", "Orchid", "Bat", "Pollinator", "Ocean", "Peatland"};
    private static final String[] TYPES = {"Trust", "Foundation", "Society", "Conservancy", "Institute", "Alliance", "Network",
            "Fund", "Centre", "Association", "Council", "Coalition", "Research Centre", "Conservation Trust", "Initiative"};
    private static final String[] ACTIONS = {"Conservation", "Protection", "Study", "Restoration", "Sustainable Use"};
    private static final String[] FR_ACTIONS = {"Conservation", "Protection", "Étude", "Restauration", "Gestion Durable"};
    private static final String[] FR_THEMES = {"Forêts", "Zones Humides", "Oiseaux", "Milieux Marins", "Récifs Coralliens",
            "Espèces Menacées", "Montagnes", "Savanes", "Mangroves", "Ressources Naturelles"};
    private static final String[] ES_THEMES = {"Bosques", "Humedales", "Aves", "Ecosistemas Marinos", "Manglares", "Páramos",
            "Especies Amenazadas", "Montañas", "Arrecifes", "Recursos Naturales"};
    private static final String[] AGENCIES = {"Ministry of Environment", "Department of Wildlife Services", "National Parks Authority",
            "Forestry Commission", "Wildlife Authority", "Environmental Protection Agency", "Fisheries Department",
            "Customs Administration", "Police Wildlife Crime Unit", "Protected Areas Agency"};

    /** Syllable pairs that spell a real country or a word the resolver knows. */
    private static final Set<String> NOT_PLACES = Set.of("Mali", "Bali", "Tuvalu", "Samoa", "Sami");

    private final Rng rng;
    private final Set<String> names = new HashSet<>();
    private final Set<String> acronyms = new HashSet<>();

    /** {@code taken}: acronyms the bundled reference data uses already, never handed out again. */
    OrgNames(Rng rng, Set<String> taken) {
        this.rng = rng;
        this.acronyms.addAll(taken);
    }

    /** A member or NGO partner, named in English, French or Spanish after where it is based. */
    String ngo(Country country) {
        while (true) {
            String place = place();
            String name = switch (languageOf(country)) {
                case FR -> rng.chance(0.5) ? "Association pour la " + rng.pick(FR_ACTIONS) + " des " + rng.pick(FR_THEMES) + " de " + place
                        : "Fondation " + place + " pour les " + rng.pick(FR_THEMES);
                case ES -> rng.chance(0.5) ? "Fundación " + place + " para los " + rng.pick(ES_THEMES)
                        : "Asociación para la Conservación de los " + rng.pick(ES_THEMES) + " de " + place;
                case EN -> rng.chance(0.7) ? place + " " + rng.pick(THEMES) + " " + rng.pick(TYPES)
                        : rng.pick(new String[] {"Society", "Foundation", "Centre", "Institute"}) + " for the " + rng.pick(ACTIONS)
                        + " of " + place + " " + rng.pick(THEMES);
            };
            if (names.add(name.toLowerCase(Locale.ROOT))) return name;
        }
    }

    /** A government body: "Kenya Wildlife Authority", "Ministry of Environment of Moravi". */
    String agency(Country country) {
        while (true) {
            String agency = rng.pick(AGENCIES);
            String name = rng.chance(0.5) ? country.en() + " " + agency.replace("Ministry of Environment", "Environment Ministry")
                    : agency + " of " + place();
            if (names.add(name.toLowerCase(Locale.ROOT))) return name;
        }
    }

    /** The capitals of the name's words ("OWT"), made unique with the country code when taken ("OWT-KE"). */
    String acronym(String name, Country country) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) sb.appendCodePoint(word.codePointAt(0));
        }
        String acronym = sb.toString();
        if (acronym.length() < 2) acronym = acronym + "X";
        if (acronyms.add(acronym)) return acronym;
        String qualified = acronym + "-" + country.code();
        for (int n = 2; !acronyms.add(qualified); n++) qualified = acronym + "-" + country.code() + n;
        return qualified;
    }

    /** A made-up place name of two or three syllables, capitalised ("Moravi"). */
    private String place() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            int syllables = rng.between(2, 3);
            for (int i = 0; i < syllables; i++) sb.append(rng.pick(SYLLABLES));
            String place = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
            if (!NOT_PLACES.contains(place)) return place;
        }
    }

    private static Language languageOf(Country country) {
        return switch (country.code()) {
            case "FR", "SN", "CM", "CD", "MG", "CI", "BF", "GA", "MA" -> Language.FR;
            case "ES", "MX", "CO", "PE", "EC", "CR", "AR", "CL", "BO", "GT" -> Language.ES;
            default -> Language.EN;
        };
    }
}
