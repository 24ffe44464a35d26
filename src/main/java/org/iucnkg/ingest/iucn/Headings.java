package org.iucnkg.ingest.iucn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.iucnkg.ingest.text.Norm;

/**
 * Recognises the field headings of the report pages in English, French and Spanish, whatever the
 * case, accents and spacing around the colon. A heading is matched by its normalised beginning, so
 * "What challenges/obstacles have been encountered …:" is found by "what challenges". Without a
 * colon only the whole heading, or the beginning of one of the portal's questions, counts, so a
 * sentence that happens to start with "IUCN Members" or "Additional information" is not a heading.
 */
final class Headings {

    /** A heading line: which field, and the value written on the same line after the colon (may be empty). */
    record Heading(Section section, String value) {}

    /** How a heading may be written: exactly, by its beginning before a colon, or (a question) by its beginning alone. */
    private enum Form { EXACT, PREFIX, QUESTION }

    private record Entry(Section section, String prefix, Form form) {}

    private static final int MAX_HEADING = 250;
    private static final List<Entry> ENTRIES = entries();

    private Headings() {}

    static Optional<Heading> match(String line) {
        String loose = Norm.loose(line).replaceFirst("^[¿¡\\s]+", "");
        if (isTableHeader(loose)) return Optional.of(new Heading(Section.TABLE, ""));
        int colon = line.indexOf(':');
        if (colon >= 0) {
            String head = Norm.loose(line.substring(0, colon)).replaceFirst("^[¿¡\\s]+", "").replaceFirst("[\\s?]+$", "");
            String value = line.substring(colon + 1).strip();
            for (Entry e : ENTRIES) {
                if (head.length() <= MAX_HEADING && (e.form == Form.EXACT ? head.equals(e.prefix) : head.startsWith(e.prefix))) {
                    return Optional.of(new Heading(e.section, value));
                }
            }
            return Optional.empty();
        }
        String whole = loose.replaceFirst("[\\s?.]+$", "");
        for (Entry e : ENTRIES) {
            boolean question = e.form == Form.QUESTION && whole.length() <= MAX_HEADING;
            if (whole.equals(e.prefix) || (question && whole.startsWith(e.prefix))) return Optional.of(new Heading(e.section, ""));
        }
        return Optional.empty();
    }

    private static boolean isTableHeader(String loose) {
        String compact = Norm.compact(loose);
        return compact.equals("actiondescriptionstatus") || compact.equals("actiondescriptionstatut")
                || compact.equals("actiondescriptionetat") || compact.equals("acciondescripcionestado");
    }

    private static List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        add(all, Section.MEMBERS, Form.PREFIX, "iucn members", "membres de l'uicn", "miembros de la uicn");
        add(all, Section.COMMISSIONS, Form.PREFIX, "iucn commissions", "commissions de l'uicn", "comisiones de la uicn");
        add(all, Section.SECRETARIAT, Form.PREFIX, "iucn secretariat", "secretariat de l'uicn", "secretaria de la uicn");
        add(all, Section.PARTNERS, Form.PREFIX, "other non-iucn related organi", "other non iucn related organi",
                "autres organisations non liees a l'uicn", "otras organizaciones no relacionadas con la uicn");
        add(all, Section.CATEGORIES, Form.QUESTION, "indicate which actions", "veuillez indiquer quelles actions", "indiquez quelles actions",
                "indique que acciones", "indique las acciones");
        add(all, Section.RESULTS, Form.QUESTION, "describe the results", "veuillez indiquer quels ont ete les resultats",
                "decrivez les resultats", "describa los resultados", "por favor describa los resultados");
        add(all, Section.CHALLENGES, Form.QUESTION, "what challenges", "quels defis", "quels ont ete les defis", "que desafios", "que retos");
        add(all, Section.FUTURE_ACTIONS, Form.QUESTION, "briefly describe what future actions", "decrivez brievement", "veuillez decrire brievement",
                "describa brevemente");
        add(all, Section.ACTIONS_PLANNED, Form.QUESTION, "are these actions planned", "ces actions sont-elles", "ces actions sont elles",
                "estan ya previstas estas acciones", "estan previstas estas acciones");
        add(all, Section.STATUS, Form.QUESTION, "status of implementation for this", "etat de mise en oeuvre de cette",
                "etat d'avancement de la mise en oeuvre", "estado de implementacion de esta", "estado de aplicacion de esta");
        add(all, Section.ADDITIONAL_INFORMATION, Form.PREFIX, "additional information", "informations complementaires",
                "information complementaire", "informacion adicional");
        add(all, Section.CONSTITUENT_TYPE, Form.PREFIX, "iucn constituent type", "type de constituant", "tipo de constituyente");
        add(all, Section.CONSTITUENT, Form.PREFIX, "iucn constituent", "constituant de l'uicn", "constituyente de la uicn");
        add(all, Section.PERIOD, Form.PREFIX, "period covered", "periode couverte", "periodo cubierto");
        add(all, Section.SCOPE, Form.PREFIX, "geographic scope", "geographical scope", "portee geographique", "alcance geografico");
        add(all, Section.LAYOUT, Form.QUESTION, "iucn constituencies implementing", "constituants de l'uicn mettant en oeuvre",
                "constituyentes de la uicn que implementan");
        add(all, Section.LAYOUT, Form.EXACT, "general information", "informations generales", "informacion general",
                "implementation", "mise en oeuvre", "implementacion", "status of implementation", "etat de mise en oeuvre",
                "estado de implementacion", "actions", "activities", "activites", "acciones", "actividades");
        all.sort(Comparator.comparingInt((Entry e) -> e.prefix.length()).reversed());
        return List.copyOf(all);
    }

    private static void add(List<Entry> into, Section section, Form form, String... prefixes) {
        for (String p : prefixes) into.add(new Entry(section, p, form));
    }
}
