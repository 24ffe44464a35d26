package org.iucnkg.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.iucnkg.ingest.resolve.EntityResolver.Mention;
import org.junit.jupiter.api.Test;

/** An organisation's name at the head of a list's, law's or resolution's title names that work, not the organisation. */
class WorkTitlesTest {
    private final ReferenceResolver resolver = Seeds.freshResolver();
    private final Model out = ModelFactory.createDefaultModel();

    @Test
    void theRedListGreenListAndCitesAppendixAreNotTheirOrganisations() {
        String plan = Seeds.lineWith("001", "IUCN Red List Status");
        assertThat(keys(plan)).containsExactly("orchid-specialist-group");
        assertThat(keys(Seeds.lineWith("001", "duly included in CITES Appendix I or II")))
                .containsExactly("orchid-specialist-group", "ssc", "fdpm-silviculture-division", "cites-plants-committee");
    }

    @Test
    void aCongressResolutionIsNotAMentionOfIucn() {
        assertThat(keys(Seeds.lineWith("004", "IUCN World Conservation Congress Resolution 2016-087"))).containsExactly("ccsg");
    }

    @Test
    void euLawsAndPoliciesAreNotTheEuTakingPart() {
        assertThat(keys(Seeds.lineWith("001", "EU Digital Service Act"))).containsExactly("ifaw");
        assertThat(keys(Seeds.lineWith("001", "best practices in EU Policies"))).containsExactly("ifaw");
        assertThat(keys("new EU ivory rules in EU Wildlife Trade regulations")).isEmpty();
    }

    @Test
    void theEuActingOrNamedAsAPlaceIsStillFound() {
        assertThat(keys(Seeds.lineWith("001", "EU-funded UNITE project"))).as("EU law enforcement agencies; the EU-funded project")
                .containsExactly("ifaw", "european-union", "wwf-international", "european-union");
        assertThat(keys(Seeds.lineWith("001", "law makers in the EU"))).as("'an EU Code of Conduct' is a work, 'the EU' is not")
                .containsExactly("ifaw", "european-union");
    }

    @Test
    void aPossessiveOrAVerbStillNamesTheOrganisation() {
        assertThat(keys(Seeds.lineWith("004", "IUCN WCPA’s “Best Practice Protected Area Guidelines Series”"))).containsExactly("wcpa");
        assertThat(keys("IUCN lists the species; IUCN SSC Orchid Specialist Group rules")).containsExactly("iucn", "orchid-specialist-group");
        assertThat(keys("the ICCWC Wildlife and forest crime analytic toolkit")).as("a toolkit is the consortium's work in the field")
                .containsExactly("iccwc");
    }

    private List<String> keys(String text) {
        return resolver.organisationsIn(out, text).stream().map(Mention::resource)
                .map(r -> r.getURI().replace(Seeds.IRIS.idBase() + "org/", "")).toList();
    }
}
