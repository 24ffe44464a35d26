package org.iucnkg.bench.gen;

import java.util.List;
import java.util.Map;

/** The fixed text of the report pages in each interface language, as the portal exports it. */
record Portal(String banner, String title, String general, String implementing, String members, String noOtherMembers,
              String commissions, String secretariat, String partners, String implementation, String categoriesQuestion,
              String resultsQuestion, String challengesQuestion, String futureQuestion, String plannedQuestion,
              String statusHeading, String statusQuestion, String additional, List<String> yesNo,
              Map<String, String> categories, Map<String, String> statuses, Map<String, String> kinds) {

    static Portal of(Language language) {
        return switch (language) {
            case EN -> EN;
            case FR -> FR;
            case ES -> ES;
        };
    }

    /** "Resolution", "Résolution", "Resolución" for Res; likewise Rec and Dec. */
    String kind(String code) { return kinds.get(code); }

    private static final Portal EN = new Portal("""
            Log in

            You will be redirected to IUCN Accounts to input your credentials. After log in you will be redirected back to this site.

            Rest assured your personal data resides with IUCN and IUCN only. For more information please review our Data policy.
            """, "Progress Report", "General information", "IUCN Constituencies implementing this %s", "IUCN Members: ",
            "No other Members are/have been involved", "IUCN Commissions: ", "IUCN Secretariat: ", "Other non-IUCN related organisations: ",
            "Implementation", "Indicate which actions have been carried out to implement this %s : ",
            "Describe the results/achievements of the actions taken: ",
            "What challenges/obstacles have been encountered in the implementation of this %s and how were they overcome : ",
            "Briefly describe what future actions are needed for the implementation of this %s: ", "Are these actions planned for yet: ",
            "Status of implementation", "Status of implementation for this %s: ", "Additional information", List.of("Yes", "No"),
            Map.of("capacity-building", "Capacity-building", "convene-stakeholders-networking", "Convene stakeholders/Networking",
                    "education-communication-raising-awareness", "Education/Communication/Raising awareness",
                    "field-activities", "Field activities", "fundraising", "Fundraising",
                    "policy-influencing-advocacy", "Policy influencing/advocacy",
                    "scientific-technical-activities", "Scientific/technical activities", "other", "Other"),
            Map.of("not-started", "Not started", "initiated", "Initiated", "underway", "Underway: implementation well-advanced",
                    "on-going", "On-going: implementation consisting of repetitive, recurrent action (attending meetings, reporting, etc.)",
                    "completed", "Completed"),
            Map.of("Res", "Resolution", "Rec", "Recommendation", "Dec", "Decision"));

    private static final Portal FR = new Portal("""
            Connexion

            Vous serez redirigé vers IUCN Accounts pour saisir vos identifiants. Après la connexion, vous serez redirigé vers ce site.
            """, "Rapport d'avancement", "Informations générales", "Constituants de l'UICN mettant en œuvre cette %s",
            "Membres de l'UICN : ", "Pas d'autres Membres sont / ont été impliqués", "Commissions de l'UICN : ", "Secrétariat de l'UICN : ",
            "Autres organisations non liées à l'UICN : ", "Mise en œuvre",
            "Veuillez indiquer quelles actions ont été menées pour mettre en œuvre cette %s : ",
            "Veuillez indiquer quels ont été les résultats obtenus grâce aux actions menées : ",
            "Quels ont été les défis/obstacles rencontrés dans la mise en œuvre de cette %s et comment ont-ils été surmontés : ",
            "Décrivez brièvement les actions futures nécessaires à la mise en œuvre de cette %s : ", "Ces actions sont-elles déjà prévues : ",
            "État de mise en œuvre", "État de mise en œuvre de cette %s : ", "Informations complémentaires", List.of("Oui", "Non"),
            Map.of("capacity-building", "Renforcement des capacités", "convene-stakeholders-networking", "Réunir les parties prenantes/Réseautage",
                    "education-communication-raising-awareness", "Éducation/Communication/Sensibilisation",
                    "field-activities", "Activités de terrain", "fundraising", "Collecte de fonds",
                    "policy-influencing-advocacy", "Influence politique/plaidoyer",
                    "scientific-technical-activities", "Activités scientifiques/techniques", "other", "Autre"),
            Map.of("not-started", "Non commencé", "initiated", "Initié", "underway", "En bonne voie : mise en œuvre bien avancée",
                    "on-going", "En cours", "completed", "Achevé"),
            Map.of("Res", "Résolution", "Rec", "Recommandation", "Dec", "Décision"));

    private static final Portal ES = new Portal("""
            Iniciar sesión

            Será redirigido a IUCN Accounts para introducir sus credenciales. Después de iniciar sesión, será redirigido de nuevo a este sitio.
            """, "Informe de progreso", "Información general", "Constituyentes de la UICN que implementan esta %s",
            "Miembros de la UICN: ", "Ningún otro Miembro está/ha estado involucrado", "Comisiones de la UICN: ", "Secretaría de la UICN: ",
            "Otras organizaciones no relacionadas con la UICN: ", "Implementación",
            "Indique qué acciones se han llevado a cabo para implementar esta %s: ",
            "Describa los resultados/logros de las acciones realizadas: ",
            "¿Qué desafíos/obstáculos se han encontrado en la implementación de esta %s y cómo se superaron?: ",
            "Describa brevemente qué acciones futuras son necesarias para la implementación de esta %s: ",
            "¿Están ya previstas estas acciones?: ", "Estado de implementación", "Estado de implementación de esta %s: ",
            "Información adicional", List.of("Sí", "No"),
            Map.of("capacity-building", "Desarrollo de capacidades", "convene-stakeholders-networking", "Convocar a las partes interesadas/Trabajo en red",
                    "education-communication-raising-awareness", "Educación/Comunicación/Sensibilización",
                    "field-activities", "Actividades de campo", "fundraising", "Recaudación de fondos",
                    "policy-influencing-advocacy", "Influencia política/incidencia",
                    "scientific-technical-activities", "Actividades científicas/técnicas", "other", "Otro"),
            Map.of("not-started", "No iniciado", "initiated", "Iniciado", "underway", "En marcha: implementación bien avanzada",
                    "on-going", "En curso", "completed", "Completado"),
            Map.of("Res", "Resolución", "Rec", "Recomendación", "Dec", "Decisión"));
}
