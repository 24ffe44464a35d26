package org.iucnkg.ingest.cites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iucnkg.ingest.cites.Parsed.id;

import java.nio.file.Path;
import java.util.ServiceLoader;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.MalformedSourceException;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.SourceParser;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.ingest.resolve.ReferenceResolver;
import org.iucnkg.model.IKG;
import org.iucnkg.model.SCHEMA;
import org.junit.jupiter.api.Test;

/** The parser as a whole: discovery, refusal, repeatability, warnings, and other documents of the layout. */
class CitesIccwcParserTest {

    @Test
    void isFoundByServiceLoaderAndRecognisesOnlyTheIccwcDocument() {
        SourceParser parser = ServiceLoader.load(SourceParser.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.format().equals("cites-iccwc")).findFirst().orElseThrow();
        assertThat(parser.accepts(SeedRecords.text(SeedRecords.SEED))).isTrue();
        assertThat(parser.accepts(SeedRecords.text(Path.of("data/sources/000_e0493410fdb9a2bc.txt")))).isFalse();
    }

    @Test
    void refusesAnotherKindOfDocumentWithAClearMessage() throws Exception {
        SourceText iucnReport = SourceText.of(Path.of("data/sources/000_e0493410fdb9a2bc.txt"));
        ParseContext ctx = new ParseContext(Parsed.IRIS,
                ReferenceResolver.forIngest(Parsed.reference(), GraphFactory.createDefaultGraph()), iucnReport.sourceId());
        assertThatThrownBy(() -> new CitesIccwcParser().parse(iucnReport, ctx))
                .isInstanceOf(MalformedSourceException.class)
                .hasMessageContaining("000_e0493410fdb9a2bc.txt is not a CITES information document on ICCWC")
                .hasMessageContaining("INTERNATIONAL CONSORTIUM ON COMBATING WILDLIFE CRIME");
        assertThat(ctx.model().isEmpty()).isTrue();
    }

    @Test
    void parsingTwiceGivesIsomorphicModels() {
        assertThat(Parsed.file(SeedRecords.SEED).model.isIsomorphicWith(Parsed.file(SeedRecords.SEED).model)).isTrue();
    }

    @Test
    void warnsOnlyAboutTheMapsOfTheSeed() {
        Parsed seed = Parsed.file(SeedRecords.SEED);
        assertThat(seed.ctx.warnings()).singleElement().asString()
                .startsWith("map legends, regions and captions after the toolkit table")
                .contains("WIST: Wildlife Incident Support Team");
        assertThat(seed.ctx.sourceDocument().getProperty(IKG.unparsedText).getString()).contains("Americas; ");
    }

    @Test
    void mintsTheEventsReferenceDataLacks() {
        Parsed seed = Parsed.file(SeedRecords.SEED);
        Resource meeting = ResourceFactory.createResource(id("event/senior-officials-meeting-2015-02-11"));
        assertThat(seed.string(meeting, RDFS.label)).isEqualTo("Senior Officials Meeting");
        assertThat(seed.string(meeting, IKG.place)).isEqualTo("Geneva");
        assertThat(seed.uris(meeting, IKG.country)).as("the heading says Geneva (Switzerland)").containsExactly(id("country/CH"));
        assertThat(seed.literal(meeting, SCHEMA.endDate).getLexicalForm()).isEqualTo("2015-02-12");
        assertThat(seed.uris(ResourceFactory.createResource(id("instrument/geneva-statement-2015/paragraph/1")), IKG.mentionsEvent))
                .containsExactly(meeting.getURI());
    }

    @Test
    void readsAShorterDocumentOfAnotherMeeting() {
        Parsed shorter = Parsed.file(SeedRecords.FIXTURES.resolve("sc70-short.txt"));
        assertThat(shorter.ctx.warnings()).isEmpty();
        Resource doc = ResourceFactory.createResource(id("document/sc70-inf-iccwc"));
        Resource sc70 = shorter.object(doc, IKG.preparedFor);
        assertThat(shorter.string(sc70, RDFS.label)).isEqualTo("Seventieth meeting of the Standing Committee");
        assertThat(shorter.string(sc70, IKG.place)).isEqualTo("Sochi");
        assertThat(shorter.uris(sc70, IKG.country)).containsExactly(id("country/RU"));
        assertThat(shorter.literal(sc70, SCHEMA.startDate).getLexicalForm()).isEqualTo("2018-10-01");
        assertThat(shorter.literal(sc70, SCHEMA.endDate).getLexicalForm()).isEqualTo("2018-10-05");
        assertThat(shorter.model.listSubjectsWithProperty(IKG.recognizes).toList()).hasSize(2);
        Resource hanoi = shorter.object(ResourceFactory.createResource(id("instrument/hanoi-statement-2016")), IKG.adoptedAt);
        assertThat(shorter.uris(hanoi, IKG.country)).containsExactly(id("country/VN"));
        assertThat(shorter.string(hanoi, IKG.place)).isEqualTo("Hanoi");
        assertThat(shorter.model.listSubjectsWithProperty(IKG.toolkit).mapWith(Resource::getURI).toList())
                .containsExactlyInAnyOrder(id("toolkit-implementation/CL"), id("toolkit-implementation/KE"), id("toolkit-implementation/VN"));
    }

    @Test
    void reportsWhatItCannotPlaceInABrokenDocument() {
        Parsed broken = Parsed.file(SeedRecords.FIXTURES.resolve("sc66-malformed.txt"));
        assertThat(broken.ctx.warnings()).anyMatch(w -> w.contains("where a tick or nothing is expected") && w.contains("Kenya | ✓ | yes"))
                .anyMatch(w -> w.contains("3 cells where the header has 10") && w.contains("Togo | ✓ | ✓"))
                .anyMatch(w -> w.contains("not a known country") && w.endsWith("Atlantis"))
                .anyMatch(w -> w.endsWith("the Secretariat counts 12 staff in 3 offices"))
                .anyMatch(w -> w.equals("The toolkit summary gives 17 requests received but the table has 15"))
                .anyMatch(w -> w.equals("The toolkit summary gives 11 countries where implementation is under way but the table has 9"));
        assertThat(broken.model.listSubjectsWithProperty(IKG.toolkit).toList()).hasSize(14);
    }
}
