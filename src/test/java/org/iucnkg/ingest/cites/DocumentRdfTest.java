package org.iucnkg.ingest.cites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iucnkg.ingest.cites.Parsed.id;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.iucnkg.model.SCHEMA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 003's own document, meeting, consortium, listed documents and network figures in RDF. */
class DocumentRdfTest {
    private static final Parsed SEED = Parsed.file(SeedRecords.SEED);
    private static final Resource DOC = res("document/sc66-inf-iccwc");

    private static Resource res(String path) { return ResourceFactory.createResource(id(path)); }

    @Test
    void describesTheInformationDocument() {
        assertThat(SEED.r(DOC).hasProperty(RDF.type, IKG.Document)).isTrue();
        assertThat(SEED.string(DOC, DCTerms.title)).isEqualTo("International Consortium on Combating Wildlife Crime (ICCWC)");
        assertThat(SEED.string(DOC, DCTerms.identifier)).isEqualTo("SC66 Inf. ICCWC");
        assertThat(SEED.string(DOC, RDFS.label)).isEqualTo("SC66 information document: International Consortium on Combating Wildlife Crime (ICCWC)");
        assertThat(SEED.uris(DOC, DCTerms.creator)).containsExactly(id("org/cites-secretariat"));
        assertThat(SEED.uris(DOC, DCTerms.contributor)).containsExactlyInAnyOrder(id("org/cites-secretariat"), id("org/unodc"));
        assertThat(SEED.string(DOC, IKG.agendaItem)).isEqualTo("16.5");
        assertThat(SEED.string(DOC, DCTerms.description)).contains("Implementation has been successfully completed in 6 countries");
        assertThat(SEED.uris(DOC, IKG.listsDocument)).hasSize(6);
        assertThat(SEED.uris(DOC, IKG.hasNetworkFigure)).hasSize(5);
    }

    @Test
    void isPreparedForTheKnownSixtySixthMeeting() {
        assertThat(SEED.uris(DOC, IKG.preparedFor)).containsExactly(id("event/cites-sc66"));
        Resource sc66 = res("event/cites-sc66");
        assertThat(SEED.r(sc66).hasProperty(SCHEMA.startDate)).as("reference dates are not re-asserted").isFalse();
        assertThat(Parsed.reference().model().getResource(sc66.getURI()).getRequiredProperty(SCHEMA.startDate)
                .getLiteral().getLexicalForm()).isEqualTo("2016-01-11");
    }

    @Test
    void consortiumHasExactlyItsFivePartners() {
        assertThat(SEED.uris(res("org/iccwc"), ORG.hasMember)).containsExactly(id("org/cites-secretariat"),
                id("org/interpol"), id("org/unodc"), id("org/wco"), id("org/world-bank"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SC66 Doc. 16.5           | 2016-01 | cites | Update on activities of the ICCWC since SC65
            SC65 Doc. 16.4           | 2014-07 | cites | Updated the SC on implementation of ICCWC activities since CoP16 and highlighted some of the important projects of ICCWC partner organizations delivered under their individual programmes.
            ICCWC Annual Report 2013 | 2014-07 | iccwc |
            CoP16 Doc. 15 (Rev. 1)   | 2013-03 | cites | Reported to CITES CoP on ICCWC and progress since its launch
            SC62 Doc. 14.7           | 2012-07 | cites | Updated the SC on implementation of ICCWC activities since SC61.
            SC61 Doc. 30             | 2011-08 | cites | Reported to the CITES SC on the launch of ICCWC, the Letter of Understanding establishing ICCWC (Annex I), and an information note about ICCWC (Annex II).
            """)
    void describesEachListedDocument(String identifier, String month, String creator, String description) {
        Resource doc = SEED.ctx.iris().document(identifier);
        assertThat(SEED.uris(DOC, IKG.listsDocument)).contains(doc.getURI());
        assertThat(SEED.r(doc).hasProperty(RDF.type, IKG.Document)).isTrue();
        assertThat(SEED.string(doc, DCTerms.identifier)).isEqualTo(identifier);
        assertThat(SEED.literal(doc, DCTerms.date).getLexicalForm()).isEqualTo(month);
        assertThat(SEED.uris(doc, DCTerms.creator)).containsExactly(id("org/" + creator));
        if (description == null) assertThat(SEED.r(doc).hasProperty(DCTerms.description)).isFalse();
        else assertThat(SEED.string(doc, DCTerms.description)).isEqualTo(description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SC66 Doc. 16.5         | cites-sc66
            SC65 Doc. 16.4         | cites-sc65
            CoP16 Doc. 15 (Rev. 1) | cites-cop16
            SC62 Doc. 14.7         | cites-sc62
            SC61 Doc. 30           | cites-sc61
            """)
    void eachCitesDocumentIsPreparedForTheMeetingItsNumberNames(String identifier, String meeting) {
        assertThat(SEED.uris(SEED.ctx.iris().document(identifier), IKG.preparedFor)).containsExactly(id("event/" + meeting));
    }

    @Test
    void linksTheAnnexesOfSc61Doc30() {
        Resource sc61 = res("document/sc61-doc-30");
        assertThat(SEED.string(sc61, DCTerms.title)).isEqualTo("Compliance and Enforcement matters");
        assertThat(SEED.uris(sc61, DCTerms.hasPart)).containsExactly(id("document/sc61-doc-30-annex-i"), id("document/sc61-doc-30-annex-ii"));
        assertThat(SEED.string(res("document/sc61-doc-30-annex-i"), DCTerms.title)).isEqualTo("Letter of Understanding establishing ICCWC");
        assertThat(SEED.string(res("document/sc61-doc-30-annex-ii"), DCTerms.title)).isEqualTo("information note about ICCWC");
        assertThat(SEED.string(res("document/sc61-doc-30-annex-i"), DCTerms.identifier)).isEqualTo("SC61 Doc. 30 Annex I");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cites      | Management Authorities   | 181 | exactly   | countries
            interpol   | National Central Bureaus | 190 | exactly   | countries
            unodc      | field offices            | 150 | more than | countries
            world-bank | country offices          | 100 | over      | countries
            wco        | members                  | 180 | exactly   | members
            """)
    void describesEachNetworkFigure(String org, String presence, int value, String qualifier, String unit) {
        Resource figure = SEED.ctx.iris().networkFigure(org, presence);
        assertThat(SEED.uris(DOC, IKG.hasNetworkFigure)).contains(figure.getURI());
        assertThat(SEED.r(figure).hasProperty(RDF.type, IKG.NetworkFigure)).isTrue();
        assertThat(SEED.uris(figure, IKG.figureOf)).containsExactly(id("org/" + org));
        assertThat(SEED.string(figure, IKG.presence)).isEqualTo(presence);
        assertThat(SEED.literal(figure, IKG.figureValue).getLexicalForm()).isEqualTo(Integer.toString(value));
        assertThat(SEED.literal(figure, IKG.figureValue).getDatatypeURI()).endsWith("#integer");
        assertThat(SEED.string(figure, IKG.figureQualifier)).isEqualTo(qualifier);
        assertThat(SEED.string(figure, IKG.figureUnit)).isEqualTo(unit);
    }
}
