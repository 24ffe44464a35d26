package org.iucnkg.ingest.iucn;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iucnkg.ingest.text.Norm;

/**
 * The portal's fixed answers in English, French and Spanish: action categories and statuses (as the
 * concept keys of docs/model.md), yes/no answers and the placeholders that mean "none".
 */
final class Vocabulary {

    /** A category written at the start of a line, glued to its text: "Capacity-buildingWe trained …". */
    record Glued(String category, String rest) {}

    private static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();
    private static final Map<String, List<String>> STATUSES = new LinkedHashMap<>();
    static {
        CATEGORIES.put("capacity-building", List.of("Capacity-building", "Renforcement des capacités",
                "Développement des capacités", "Desarrollo de capacidades", "Fortalecimiento de capacidades", "Creación de capacidad"));
        CATEGORIES.put("convene-stakeholders-networking", List.of("Convene stakeholders/Networking",
                "Réunir les parties prenantes/Réseautage", "Réunir les parties prenantes/Mise en réseau",
                "Convocar a las partes interesadas/Trabajo en red", "Convocar a los interesados/Trabajo en red"));
        CATEGORIES.put("education-communication-raising-awareness", List.of("Education/Communication/Raising awareness",
                "Éducation/Communication/Sensibilisation", "Educación/Comunicación/Sensibilización",
                "Educación/Comunicación/Concienciación"));
        CATEGORIES.put("field-activities", List.of("Field activities", "Activités de terrain", "Actividades de campo",
                "Actividades sobre el terreno"));
        CATEGORIES.put("fundraising", List.of("Fundraising", "Collecte de fonds", "Recaudación de fondos"));
        CATEGORIES.put("policy-influencing-advocacy", List.of("Policy influencing/advocacy", "Influence politique/plaidoyer",
                "Influence sur les politiques/plaidoyer", "Influencia política/incidencia", "Incidencia política"));
        CATEGORIES.put("scientific-technical-activities", List.of("Scientific/technical activities",
                "Activités scientifiques/techniques", "Actividades científicas/técnicas"));
        CATEGORIES.put("other", List.of("Other", "Autre", "Autres", "Otro", "Otra", "Otros"));
        STATUSES.put("not-started", List.of("Not started", "Not yet started", "Non commencé", "Non commencée", "Pas commencé",
                "Pas encore commencé", "No iniciado", "No iniciada", "No comenzado"));
        STATUSES.put("initiated", List.of("Initiated", "Initié", "Initiée", "Engagé", "Engagée", "Iniciado", "Iniciada"));
        STATUSES.put("underway", List.of("Underway", "Under way", "En bonne voie", "Bien avancée", "Avanzada", "En marcha"));
        STATUSES.put("on-going", List.of("On-going", "En cours", "Continue", "En curso", "Continua", "Permanente"));
        STATUSES.put("completed", List.of("Completed", "Achevé", "Achevée", "Terminé", "Terminée", "Completado", "Completada",
                "Finalizado", "Finalizada"));
    }

    /** The categories' glued patterns, compiled once: every line of a report is tried against them. */
    private static final Map<String, List<Pattern>> GLUED = new LinkedHashMap<>();
    static {
        CATEGORIES.forEach((key, labels) -> GLUED.put(key, labels.stream().map(Vocabulary::gluedPattern).toList()));
    }
    /** The labels of each table in their compact form, computed once: every line is compared with them. */
    private static final Map<Map<String, List<String>>, Map<String, List<String>>> COMPACT = new IdentityHashMap<>();
    static {
        for (Map<String, List<String>> table : List.of(CATEGORIES, STATUSES)) {
            Map<String, List<String>> compact = new LinkedHashMap<>();
            table.forEach((key, labels) -> compact.put(key, labels.stream().map(Norm::compact).toList()));
            COMPACT.put(table, compact);
        }
    }
    private static final Set<String> YES = Set.of("yes", "oui", "si");
    private static final Set<String> NO = Set.of("no", "non");
    private static final Set<String> DO_NOT_KNOW = Set.of("idonotknow", "idontknow", "jenesaispas", "nose", "nolose", "unknown", "na");
    private static final Set<String> NONE = Set.of("none", "aucun", "aucune", "ninguno", "ninguna", "nil", "nothing");
    private static final List<String> NONE_PHRASES = List.of("noothermembers", "nomembers", "pasdautresmembres", "aucunautremembre",
            "aucunmembre", "ningunotromiembro", "nohayotrosmiembros", "noothercommissions", "nocommissions", "pasdautrescommissions",
            "pasdecommission", "aucunecommission", "ningunacomision", "nohaycomisiones", "noothernoniucn", "nootherorganisations",
            "nootherorganizations", "pasdautresorganisations", "aucuneautreorganisation", "ningunaotraorganizacion");

    private Vocabulary() {}

    /** The category a line names, whatever the spelling variant ("Capacity building", "Renforcement des capacités"). */
    static Optional<String> category(String text) {
        return keyOf(CATEGORIES, Norm.compact(text), false);
    }

    /** The status a line gives: "On-going: implementation consisting of …" is {@code on-going}. */
    static Optional<String> status(String text) {
        int colon = text.indexOf(':');
        Optional<String> exact = keyOf(STATUSES, Norm.compact(colon > 0 ? text.substring(0, colon) : text), false);
        return exact.isPresent() ? exact : keyOf(STATUSES, Norm.compact(text), true);
    }

    /** "Member", "Membre de l'UICN", "Miembro": the constituent is an IUCN Member. */
    static boolean isMemberType(String type) {
        String c = type == null ? "" : Norm.compact(type);
        return c.startsWith("member") || c.startsWith("iucnmember") || c.startsWith("membre") || c.startsWith("miembro");
    }

    /** "Commission", "Comisión": the constituent is an IUCN Commission. */
    static boolean isCommissionType(String type) {
        String c = type == null ? "" : Norm.compact(type);
        return c.startsWith("commission") || c.startsWith("iucncommission") || c.startsWith("comision");
    }

    /** Whether the text is exactly a status word ("Completed", "En cours"), as a table cell is. */
    static boolean isStatusWord(String text) {
        return keyOf(STATUSES, Norm.compact(text), false).isPresent();
    }

    /** A line that starts with a category glued to its text, if it does. */
    static Optional<Glued> glued(String line) {
        String stripped = line.strip();
        for (var e : GLUED.entrySet()) {
            for (Pattern label : e.getValue()) {
                Matcher m = label.matcher(stripped);
                if (m.matches()) return Optional.of(new Glued(e.getKey(), m.group(1).strip()));
            }
        }
        return Optional.empty();
    }

    /** True for yes, false for no, empty for "I do not know"; unreadable answers are {@code null}. */
    static Optional<Boolean> answer(String text) {
        String c = Norm.compact(text);
        if (YES.contains(c)) return Optional.of(true);
        if (NO.contains(c)) return Optional.of(false);
        if (c.isEmpty() || DO_NOT_KNOW.contains(c)) return Optional.empty();
        return null;
    }

    /** "No other Members are/have been involved", "Pas d'autres Membres …", "I do not know", "None": nothing listed. */
    static boolean meansNone(String line) {
        String c = Norm.compact(line);
        return NONE.contains(c) || DO_NOT_KNOW.contains(c) || NONE_PHRASES.stream().anyMatch(c::startsWith);
    }

    private static Optional<String> keyOf(Map<String, List<String>> labels, String compact, boolean prefix) {
        if (compact.isEmpty()) return Optional.empty();
        for (var e : COMPACT.get(labels).entrySet()) {
            for (String l : e.getValue()) {
                if (prefix ? compact.startsWith(l) : compact.equals(l)) return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The label with any spacing, hyphen or slash between its words, then the text starting with a capital or after a colon. */
    private static Pattern gluedPattern(String label) {
        String words = String.join("[\\s/-]*", Arrays.stream(label.split("[\\s/-]+")).map(Pattern::quote).toList());
        return Pattern.compile("(?iu:" + words + ")(?:\\s*:\\s*|(?=[\\p{Lu}\\d]))(\\S.*)");
    }
}
