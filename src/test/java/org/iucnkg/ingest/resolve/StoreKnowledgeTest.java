package org.iucnkg.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iucnkg.ingest.resolve.Seeds.org;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.ingest.resolve.EntityResolver.OrgName;
import org.iucnkg.model.IKG;
import org.iucnkg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second ingest against a real TDB2 store sees what the first one minted and learned. */
class StoreKnowledgeTest {

    @Test
    void organisationsOfAnEarlierIngestKeepTheirIrisAndEachGraphStandsAlone(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(Seeds.IRIS.referenceGraph(), Seeds.REFERENCE.model().getGraph());

            ReferenceResolver first = ReferenceResolver.forIngest(Seeds.REFERENCE, known(store));
            Model graph1 = ModelFactory.createDefaultModel();
            Resource ste = first.organisation(graph1, new OrgName("Save the Elephants", "STE", "Kenya", null));
            first.organisationsIn(graph1, Seeds.lineWith("001", "The National Whistleblower Cente widely"));
            store.replaceGraph(Seeds.IRIS.graph("first"), graph1.getGraph());

            Model known = ModelFactory.createModelForGraph(known(store));
            Resource stored = known.getResource(ste.getURI());
            assertThat(stored.getProperty(RDFS.label).getString()).isEqualTo("Save the Elephants");
            assertThat(stored.getProperty(IKG.acronym).getString()).isEqualTo("STE");
            assertThat(stored.getProperty(IKG.country).getResource().getURI()).isEqualTo(Seeds.IRIS.country("KE").getURI());
            assertThat(known.listSubjects().toList()).as("organisations only").allSatisfy(r -> assertThat(r.hasProperty(RDF.type, ORG.Organization)).isTrue());

            ReferenceResolver second = ReferenceResolver.forIngest(Seeds.REFERENCE, known.getGraph());
            Model graph2 = ModelFactory.createDefaultModel();
            assertThat(second.organisation(graph2, new OrgName("Save the Elephants", null, null, null))).isEqualTo(ste);
            assertThat(second.organisationsIn(graph2, "STE and the National Whistleblower Cente met."))
                    .extracting(m -> m.resource().getURI()).containsExactly(org("save-the-elephants"), org("nwc"));

            Resource again = graph2.getResource(ste.getURI());
            assertThat(again.getProperty(RDFS.label).getString()).isEqualTo("Save the Elephants");
            assertThat(again.hasProperty(RDF.type, ORG.Organization)).isTrue();
            assertThat(graph2.getResource(org("nwc")).getProperty(SKOS.altLabel).getString())
                    .as("re-ingesting the first source must keep the spelling it introduced")
                    .isEqualTo("National Whistleblower Cente");
            assertThat(graph2.contains(null, IKG.country)).isFalse();
            assertThat(second.notes()).as("nothing uncertain the second time").isEmpty();
        }
    }

    private static Graph known(TdbStore store) {
        try (var link = store.link()) {
            return link.queryConstruct(ReferenceResolver.KNOWN_ORGANISATIONS_QUERY);
        }
    }
}
