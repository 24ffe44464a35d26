package org.iucnkg.ingest.iucn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.iucnkg.ingest.Bundled;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.model.IKG;
import org.iucnkg.validate.ShaclValidator;
import org.iucnkg.validate.ValidationReport;
import org.iucnkg.validate.Violation;
import org.junit.jupiter.api.Test;

/** What the parser writes passes the project's SHACL shapes (with the ontology, concepts and reference data). */
class ParsedGraphsConformTest {

    @Test
    void everySeedAndFixtureConforms() throws Exception {
        Model context = ModelFactory.createDefaultModel().add(Graphs.reference().model());
        for (Bundled.File f : Bundled.ontology()) {
            try (var in = f.open()) { RDFDataMgr.read(context, in, Lang.TURTLE); }
        }
        ShaclValidator validator = new ShaclValidator();
        for (SourceText source : List.of(Texts.seed("000"), Texts.seed("001"), Texts.seed("002"), Texts.seed("004"),
                Texts.fixture("rec-cookie-banner.txt"), Texts.fixture("dec-reordered.txt"), Texts.fixture("progress-en.txt"),
                Texts.fixture("progress-fr.txt"), Texts.fixture("progress-es.txt"), Texts.fixture("activity-report-en.txt"),
                Texts.fixture("activity-report-fr.txt"))) {
            Graphs.Parsed g = Graphs.parse(source);
            // The ingest pipeline describes the source document itself; here it is only typed, and its own checks are left out.
            Model data = ModelFactory.createDefaultModel().add(context).add(g.model())
                    .add(g.ctx().sourceDocument(), RDF.type, IKG.SourceDocument);
            ValidationReport report = validator.validate(data.getGraph());
            String sourceDocument = g.ctx().sourceDocument().getURI();
            List<Violation> ours = report.violations().stream()
                    .filter(v -> "Violation".equals(v.severity()))
                    .filter(v -> !v.focusNode().equals(sourceDocument)).toList();
            assertThat(ours).as(source.fileName()).isEmpty();
        }
    }
}
