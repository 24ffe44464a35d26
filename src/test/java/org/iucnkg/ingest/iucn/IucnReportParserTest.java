package org.iucnkg.ingest.iucn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.ServiceLoader;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.ingest.MalformedSourceException;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.SourceParser;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.ingest.resolve.ReferenceResolver;
import org.iucnkg.model.PROV;
import org.junit.jupiter.api.Test;

class IucnReportParserTest {

    private final IucnReportParser parser = new IucnReportParser();

    @Test
    void isFoundByTheServiceLoaderUnderItsFormatName() {
        assertThat(ServiceLoader.load(SourceParser.class).stream().map(p -> p.get().format())).contains("iucn-report");
    }

    @Test
    void acceptsProgressAndActivityReportsInThreeLanguagesOnly() {
        for (String seed : List.of("000", "001", "002", "004")) assertThat(parser.accepts(Texts.seed(seed).text())).as(seed).isTrue();
        for (String fixture : List.of("rec-cookie-banner.txt", "dec-reordered.txt", "progress-fr.txt", "progress-es.txt",
                "activity-report-en.txt", "activity-report-fr.txt")) {
            assertThat(parser.accepts(Texts.fixture(fixture).text())).as(fixture).isTrue();
        }
        assertThat(parser.accepts("IUCN Constituent: WWF International / Switzerland\nPeriod covered: 2013")).isTrue();
        assertThat(parser.accepts(Texts.seed("003").text())).as("the CITES document").isFalse();
        assertThat(parser.accepts(Texts.fixture("not-a-report.txt").text())).isFalse();
    }

    @Test
    void refusesADocumentThatIsNoReportWithAMessageAPersonUnderstands() {
        SourceText source = Texts.fixture("not-a-report.txt");
        ParseContext ctx = new ParseContext(Graphs.IRIS, ReferenceResolver.forIngest(Graphs.reference(), GraphFactory.createDefaultGraph()),
                source.sourceId());
        assertThatThrownBy(() -> parser.parse(source, ctx)).isInstanceOf(MalformedSourceException.class)
                .hasMessageContaining("not-a-report.txt does not look like an IUCN progress or activity report")
                .hasMessageContaining("'WCC <year> Res|Rec|Dec <n> - Progress Report'")
                .hasMessageContaining("'IUCN Constituent:'");
        assertThat(ctx.model().isEmpty()).isTrue();
    }

    @Test
    void parsingTheSameTextTwiceGivesTheSameGraph() {
        for (SourceText source : List.of(Texts.seed("001"), Texts.seed("004"), Texts.fixture("activity-report-fr.txt"))) {
            assertThat(Graphs.parse(source).model().isIsomorphicWith(Graphs.parse(source).model())).as(source.fileName()).isTrue();
        }
    }

    @Test
    void everyResourceTheSourceDescribesIsDerivedFromItAndTheReportIsRegistered() {
        Graphs.Parsed g = Graphs.parse(Texts.seed("000"));
        Resource source = g.ctx().sourceDocument();
        List<Resource> subjects = g.model().listSubjects().filterKeep(s -> !s.equals(source)).toList();
        // report, instrument, 10 activities, 3 plans, 10 members, 3 partners, 5 events described by this source
        assertThat(subjects).hasSize(33).allMatch(s -> g.model().contains(s, PROV.wasDerivedFrom, source));
        assertThat(g.ctx().reports()).containsExactly(g.report());
    }
}
