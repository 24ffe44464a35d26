package org.iucnkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.model.Iris;
import org.junit.jupiter.api.Test;

/** ontology/concepts.ttl: the four schemes of docs/model.md, with the IRIs {@link Iris} mints. */
class ConceptsTest {
    private static final Model CONCEPTS = OntologyTest.parse("kg/ontology/concepts.ttl");
    private static final Iris IRIS = Iris.standard();

    @Test
    void eachSchemeHasItsConcepts() {
        Map<String, Integer> sizes = new TreeMap<>();
        CONCEPTS.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEach(s ->
                sizes.put(s.getURI(), CONCEPTS.listSubjectsWithProperty(SKOS.inScheme, s).toList().size()));
        assertEquals(Map.of(
                IRIS.scheme("action-categories").getURI(), 8, IRIS.scheme("implementation-statuses").getURI(), 5,
                IRIS.scheme("toolkit-steps").getURI(), 8, IRIS.scheme("recognition-groups").getURI(), 3), sizes);
    }

    @Test
    void toolkitStepsAreNumberedOneToEight() {
        List<String> names = List.of("Request", "Nomination of focal point", "Preparatory work", "Initial meeting",
                "In-country mission", "Report (draft)", "Action plan", "Presentation");
        for (int n = 1; n <= 8; n++) {
            Resource step = CONCEPTS.getResource(IRIS.concept("toolkit-steps", String.valueOf(n)).getURI());
            assertEquals(String.valueOf(n), step.getProperty(SKOS.notation).getString());
            assertEquals(names.get(n - 1), step.getProperty(SKOS.prefLabel).getString());
        }
    }

    @Test
    void conceptsHaveTheKeysAndLabelsOfTheModel() {
        assertEquals("Capacity-building", prefLabel("action-categories", "capacity-building"));
        assertEquals("Convene stakeholders/Networking", prefLabel("action-categories", "convene-stakeholders-networking"));
        assertEquals("Policy influencing/advocacy", prefLabel("action-categories", "policy-influencing-advocacy"));
        assertEquals("Underway: implementation well-advanced", prefLabel("implementation-statuses", "underway"));
        assertEquals("On-going: implementation consisting of repetitive, recurrent action (attending meetings, reporting, etc.)",
                prefLabel("implementation-statuses", "on-going"));
        assertEquals("Global declarations and statements", prefLabel("recognition-groups", "global-declarations"));
    }

    @Test
    void theSpellingsTheReportsUseAreAlternativeLabels() {
        assertTrue(altLabels("action-categories", "capacity-building").contains("Capacity building"));
        assertTrue(altLabels("implementation-statuses", "on-going").containsAll(Set.of("On-going", "Ongoing")));
        assertTrue(altLabels("implementation-statuses", "underway").contains("Underway"));
        assertTrue(altLabels("implementation-statuses", "initiated").stream().anyMatch(l -> l.startsWith("Initiated: ")));
        assertTrue(altLabels("toolkit-steps", "6").contains("STEP 6: REPORT (DRAFT)"));
        assertTrue(altLabels("action-categories", "capacity-building").contains("Renforcement des capacités@fr"));
        assertTrue(altLabels("action-categories", "capacity-building").contains("Creación de capacidad@es"));
    }

    @Test
    void everyConceptIsCompleteAndConsistent() {
        List<String> problems = new ArrayList<>();
        CONCEPTS.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            Resource scheme = c.getPropertyResourceValue(SKOS.inScheme);
            String key = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
            String schemeKey = scheme.getURI().substring(scheme.getURI().lastIndexOf('/') + 1);
            if (!c.getURI().equals(IRIS.concept(schemeKey, key).getURI())) problems.add(c + " is not at id/concept/{scheme}/{key}");
            if (!scheme.equals(c.getPropertyResourceValue(SKOS.topConceptOf)) || !scheme.hasProperty(SKOS.hasTopConcept, c)) problems.add(c + " is not a top concept of its scheme");
            if (!c.getProperty(SKOS.prefLabel).getString().equals(c.getProperty(RDFS.label).getString())) problems.add(c + " has different prefLabel and rdfs:label");
            if (!c.getProperty(SKOS.notation).getString().equals(key)) problems.add(c + " notation is not its key");
            for (String lang : List.of("fr", "es")) {
                if (c.listProperties(SKOS.altLabel).filterKeep(s -> s.getLanguage().equals(lang)).toList().isEmpty()) problems.add(c + " has no @" + lang + " label");
            }
        });
        CONCEPTS.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEach(s -> {
            if (!s.hasProperty(RDFS.label) || !s.hasProperty(SKOS.prefLabel) || !s.hasProperty(SKOS.definition)) problems.add(s + " lacks label or definition");
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void noLabelStandsForTwoConceptsOfAScheme() {
        Map<String, Set<String>> owners = new HashMap<>();
        CONCEPTS.listStatements().filterKeep(s -> s.getSubject().hasProperty(SKOS.inScheme))
                .filterKeep(s -> s.getPredicate().equals(SKOS.prefLabel) || s.getPredicate().equals(SKOS.altLabel)).forEach(s -> {
            Literal l = s.getLiteral();
            String scheme = s.getSubject().getPropertyResourceValue(SKOS.inScheme).getURI();
            owners.computeIfAbsent(scheme + " " + l.getLanguage() + " " + l.getString().toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(s.getSubject().getURI());
        });
        owners.values().removeIf(s -> s.size() == 1);
        assertEquals(Map.of(), owners);
    }

    private static String prefLabel(String scheme, String key) {
        return CONCEPTS.getResource(IRIS.concept(scheme, key).getURI()).getProperty(SKOS.prefLabel).getString();
    }

    private static Set<String> altLabels(String scheme, String key) {
        Set<String> labels = new TreeSet<>();
        CONCEPTS.getResource(IRIS.concept(scheme, key).getURI()).listProperties(SKOS.altLabel).forEach(s ->
                labels.add(s.getLanguage().isEmpty() ? s.getString() : s.getString() + "@" + s.getLanguage()));
        return labels;
    }
}
