package org.iucnkg.ingest;

import static org.iucnkg.ingest.Probe.iri;
import static org.iucnkg.ingest.Seeds.IRIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.RDFNode;
import org.iucnkg.model.IKG;
import org.iucnkg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation that is not in the reference data, minted by one document, is the same resource
 * when a later document names it: the resolver learns it from the store.
 */
class StoreResolutionTest {
    private static final String TRUST = IRIS.organisation("Fictional River Trust").getURI();

    @TempDir Path dir;

    /** Seed 004 with its only member replaced by an organisation nobody has heard of. */
    private static SourceText listingTheTrust() {
        return SourceText.of("trust-lists.txt", Seeds.text(Seeds.RES_087).replace(
                "Center for Large Landscape Conservation ( CLLC ) / United States of America", "Fictional River Trust ( FRT ) / Kenya"));
    }

    /** Seed 002 whose first activity is done by "FRT", an acronym only the store can explain. */
    private static SourceText mentioningTheTrust() {
        return Seeds.edited(Seeds.RES_054, "AWF is conducting on-going capacity building work", "FRT is conducting on-going capacity building work");
    }

    @Test
    void aLaterDocumentResolvesAnAcronymMintedByAnEarlierOne() throws IngestRefusedException {
        try (TdbStore store = TdbStore.open(dir)) {
            Ingestor ingestor = Ingestor.create(IRIS, store, Seeds.clockAt(Seeds.NOW));
            ingestor.ingest(listingTheTrust());
            Probe probe = new Probe(store);
            assertEquals(List.of("Fictional River Trust"), probe.values("SELECT ?l { " + iri(TRUST) + " rdfs:label ?l }"));

            ingestor.ingest(mentioningTheTrust());

            String inGraph002 = "GRAPH " + iri(IRIS.graph(Seeds.RES_054)) + " { ?activity ikg:involves " + iri(TRUST)
                    + " ; dcterms:description ?text } ";
            List<String> texts = probe.values("SELECT ?text { " + inGraph002 + "}");
            assertEquals(1, texts.size(), texts::toString);
            assertTrue(texts.get(0).startsWith("FRT is conducting on-going capacity building work"), texts.get(0));
            assertTrue(probe.ask("ASK { GRAPH " + iri(IRIS.graph(Seeds.RES_054)) + " { " + iri(TRUST)
                    + " a org:Organization ; rdfs:label \"Fictional River Trust\" } }"), "the later graph stands on its own");
        }
    }

    @Test
    void aDryRunDoesNotKnowWhatTheStoreKnows() throws IngestRefusedException {
        try (TdbStore store = TdbStore.open(dir)) {
            Ingestor ingestor = Ingestor.create(IRIS, store, Seeds.clockAt(Seeds.NOW));
            ingestor.ingest(listingTheTrust());

            var model = ingestor.parse(mentioningTheTrust()).model();
            assertFalse(model.contains(null, IKG.involves, (RDFNode) model.createResource(TRUST)));
        }
    }
}
