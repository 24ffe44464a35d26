package org.iucnkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.ingest.cites.CitesIccwcParser;
import org.iucnkg.ingest.resolve.ReferenceData;
import org.iucnkg.ingest.resolve.ReferenceResolver;
import org.iucnkg.model.Iris;
import org.junit.jupiter.api.Test;

/** The shipped reference data and what the parsers make of the seed sources pass the gate. */
class RealDataConformsTest {
    private static final ShaclValidator VALIDATOR = new ShaclValidator();
    private static final Iris IRIS = Iris.standard();
    private static final ReferenceData REFERENCE = ReferenceData.load(IRIS);

    @Test
    void theReferenceDataConforms() {
        Graph data = ShapeFixtures.context();
        REFERENCE.model().getGraph().find().forEach(data::add);

        assertEquals("conforms", VALIDATOR.validate(data).toPlainText());
    }

    @Test
    void theCitesSeedConforms() throws Exception {
        SourceText source = SourceText.of(Path.of("data/sources/003_77c0dfcbb0738d32.txt"));
        ParseContext ctx = new ParseContext(IRIS, ReferenceResolver.forIngest(REFERENCE, GraphFactory.createDefaultGraph()), source.sourceId());
        new CitesIccwcParser().parse(source, ctx);
        Graph data = ShapeFixtures.context();
        REFERENCE.model().getGraph().find().forEach(data::add);
        ctx.model().getGraph().find().forEach(data::add);
        // what the ingest pipeline writes about the source document itself
        RDFParser.fromString("""
                @prefix ikg: <https://w3id.org/iucn-kg/ontology#> .
                <%s> a ikg:SourceDocument ; <http://www.w3.org/2000/01/rdf-schema#label> "%s" ;
                    ikg:fileName "%s" ; ikg:sha256 "%s" ; ikg:sourceFormat "cites-iccwc" ; ikg:namedGraph <%s> ;
                    ikg:ingestedAt "2026-01-15T10:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
                """.formatted(IRIS.source(source.sourceId()).getURI(), source.fileName(), source.fileName(),
                "0".repeat(64), IRIS.graph(source.sourceId())), Lang.TURTLE).parse(data);

        assertEquals("conforms", VALIDATOR.validate(data).toPlainText());
    }
}
