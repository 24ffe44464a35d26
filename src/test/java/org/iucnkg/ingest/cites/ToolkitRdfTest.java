package org.iucnkg.ingest.cites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iucnkg.ingest.cites.Parsed.id;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The toolkit table of seed 003 as one ikg:ToolkitImplementation per country. */
class ToolkitRdfTest {
    private static final Parsed SEED = Parsed.file(SeedRecords.SEED);

    private static Resource implementation(String iso2) {
        return ResourceFactory.createResource(id("toolkit-implementation/" + iso2));
    }

    @ParameterizedTest(name = "{0}: {1} steps, action plan {2}")
    @CsvSource({"AO,2,false", "BS,1,false", "BD,8,true", "BA,4,false", "BW,8,true", "CG,6,false", "CD,2,false",
            "GA,8,true", "KE,3,false", "MG,3,false", "MX,6,false", "MZ,3,false", "NP,8,true", "PE,8,true",
            "TG,4,false", "TZ,2,false", "VN,8,false"})
    void recordsStepsAndActionPlanPerCountry(String iso2, int steps, boolean actionPlan) {
        Resource r = implementation(iso2);
        assertThat(SEED.r(r).hasProperty(RDF.type, IKG.ToolkitImplementation)).isTrue();
        assertThat(SEED.uris(r, IKG.country)).containsExactly(id("country/" + iso2));
        assertThat(SEED.literal(r, IKG.completedStepCount).getInt()).isEqualTo(steps);
        assertThat(SEED.uris(r, IKG.completedStep)).hasSize(steps).contains(id("concept/toolkit-steps/1"));
        assertThat(SEED.literal(r, IKG.actionPlanRecommendationsImplemented).getBoolean()).isEqualTo(actionPlan);
        assertThat(SEED.literal(r, IKG.statusAsOf).getLexicalForm()).isEqualTo("2015-11-09");
        assertThat(SEED.literal(r, IKG.statusAsOf).getDatatypeURI()).endsWith("#date");
        assertThat(SEED.uris(r, IKG.toolkit)).containsExactly(id("toolkit/iccwc-wildlife-and-forest-crime-analytic-toolkit"));
    }

    @Test
    void vietnamCompletedAllEightStepsWithoutActionPlan() {
        Resource vietnam = implementation("VN");
        assertThat(SEED.uris(vietnam, IKG.completedStep)).containsExactlyInAnyOrder(
                id("concept/toolkit-steps/1"), id("concept/toolkit-steps/2"), id("concept/toolkit-steps/3"),
                id("concept/toolkit-steps/4"), id("concept/toolkit-steps/5"), id("concept/toolkit-steps/6"),
                id("concept/toolkit-steps/7"), id("concept/toolkit-steps/8"));
        assertThat(SEED.literal(vietnam, IKG.actionPlanRecommendationsImplemented).getBoolean()).isFalse();
        // labelled with the country's reference name, not the table's spelling
        assertThat(SEED.string(vietnam, RDFS.label)).isEqualTo("ICCWC toolkit implementation: Viet Nam");
        assertThat(SEED.string(implementation("CD"), RDFS.label)).isEqualTo("ICCWC toolkit implementation: Democratic Republic of the Congo");
        assertThat(SEED.string(implementation("CG"), RDFS.label)).isEqualTo("ICCWC toolkit implementation: Congo");
    }

    @Test
    void seventeenImplementationsAndNoCountWarning() {
        assertThat(SEED.model.listSubjectsWithProperty(RDF.type, IKG.ToolkitImplementation).toList()).hasSize(17);
        assertThat(SEED.ctx.warnings()).noneMatch(w -> w.contains("toolkit summary"));
    }
}
