package org.iucnkg.ingest.cites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iucnkg.ingest.cites.Parsed.id;

import java.util.List;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;
import org.iucnkg.model.PROV;
import org.iucnkg.model.SCHEMA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 17 instruments of seed 003 in RDF, resolved with the real resolver and reference data. */
class InstrumentRdfTest {
    private static final Parsed SEED = Parsed.file(SeedRecords.SEED);
    private static final Resource ICCWC = res("org/iccwc");

    private static Resource res(String path) { return ResourceFactory.createResource(id(path)); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ecosoc-2011-36                         | Resolution  | ECOSOC 2011/36          | 2011-07 | ecosoc                       | -                           | governing-bodies
            conf-11-3-rev-cop16                    | Resolution  | Conf. 11.3 (Rev. CoP16) | 2013-03 | cites-cop                    | cites-cop16                 | governing-bodies
            conf-12-5-rev-cop16                    | Resolution  | Conf. 12.5 (Rev. CoP16) | 2013-03 | cites-cop                    | cites-cop16                 | governing-bodies
            conf-13-4-rev-cop16                    | Resolution  | Conf. 13.4 (Rev. CoP16) | 2013-03 | cites-cop                    | cites-cop16                 | governing-bodies
            ecosoc-2013-40                         | Resolution  | ECOSOC 2013/40          | 2013-07 | ecosoc                       | -                           | governing-bodies
            ccpcj-23-1                             | Resolution  | CCPCJ 23/1              | 2014-05 | ccpcj                        | -                           | governing-bodies
            customs-co-operation-council-declaration-2014 | Declaration | -             | 2014-06 | customs-co-operation-council | -                           | governing-bodies
            unea-1-3                               | Resolution  | UNEA 1/3                | 2014-06 | unea                         | -                           | governing-bodies
            a-69-l80                               | Resolution  | A/69/L80                | 2015-07 | unga                         | -                           | governing-bodies
            london-declaration-2014                | Declaration | -                       | 2014-02 | -                            | london-iwt-conference-2014  | global-declarations
            kasane-statement-2015                  | Declaration | -                       | 2015-03 | -                            | kasane-iwt-conference-2015  | global-declarations
            brazzaville-declaration-2015           | Declaration | -                       | 2015-04 | -                            | brazzaville-conference-2015 | global-declarations
            marrakech-declaration-2013             | Declaration | -                       | 2013-05 | -                            | afdb-annual-meeting-2013    | regional-declarations
            african-elephant-summit-urgent-measures-2013 | Declaration | -               | 2013-12 | -                            | african-elephant-summit-2013 | regional-declarations
            dhaka-recommendations-2014             | Declaration | -                       | 2014-09 | -                            | gtrp-stocktaking-2014       | regional-declarations
            arusha-declaration-2014                | Declaration | -                       | 2014-11 | -                            | arusha-summit-2014          | regional-declarations
            geneva-statement-2015                  | Declaration | -                       | 2015-02 | -                            | cites-rhino-dialogue-2015   | regional-declarations
            """)
    void describesEachInstrument(String slug, String type, String identifier, String month, String issuedBy,
                                 String adoptedAt, String group) {
        Resource instrument = res("instrument/" + slug);
        assertThat(SEED.r(instrument).hasProperty(RDF.type, IKG.PolicyInstrument)).isTrue();
        assertThat(SEED.r(instrument).hasProperty(RDF.type, type.equals("Resolution") ? IKG.Resolution : IKG.Declaration)).isTrue();
        assertThat(SEED.r(instrument).listProperties(DCTerms.identifier).mapWith(s -> s.getString()).toList())
                .isEqualTo(identifier == null ? List.of() : List.of(identifier));
        assertThat(SEED.literal(instrument, DCTerms.date).getLexicalForm()).isEqualTo(month);
        assertThat(SEED.literal(instrument, DCTerms.date).getDatatypeURI()).endsWith("#gYearMonth");
        assertThat(SEED.uris(instrument, IKG.issuedBy)).isEqualTo(issuedBy == null ? List.of() : List.of(id("org/" + issuedBy)));
        assertThat(SEED.uris(instrument, IKG.adoptedAt)).isEqualTo(adoptedAt == null ? List.of() : List.of(id("event/" + adoptedAt)));
        assertThat(SEED.uris(instrument, IKG.recognitionGroup)).containsExactly(id("concept/recognition-groups/" + group));
        assertThat(SEED.uris(instrument, IKG.recognizes)).containsExactly(ICCWC.getURI());
        assertThat(SEED.r(instrument).getRequiredProperty(PROV.wasDerivedFrom).getResource())
                .isEqualTo(SEED.ctx.sourceDocument());
    }

    @Test
    void allSeventeenRecogniseIccwc() {
        assertThat(SEED.model.listSubjectsWithProperty(IKG.recognizes, ICCWC).toList()).hasSize(17);
        assertThat(SEED.model.listSubjectsWithProperty(RDF.type, IKG.PolicyInstrument).toList()).hasSize(17);
    }

    @Test
    void kasaneStatementWasAdoptedAtTheKnownKasaneConferenceInBotswana() {
        Resource conference = SEED.object(res("instrument/kasane-statement-2015"), IKG.adoptedAt);
        assertThat(conference.getURI()).isEqualTo(id("event/kasane-iwt-conference-2015"));
        assertThat(SEED.r(conference).hasProperty(IKG.country)).as("reference facts are not re-asserted").isFalse();
        assertThat(Parsed.reference().model().getResource(conference.getURI()).getRequiredProperty(IKG.country)
                .getResource().getURI()).isEqualTo(id("country/BW"));
    }

    @Test
    void labelsAndTitlesAreAsWritten() {
        Resource ecosoc = res("instrument/ecosoc-2011-36");
        assertThat(SEED.string(ecosoc, RDFS.label)).isEqualTo("ECOSOC Resolution 2011/36");
        assertThat(SEED.string(ecosoc, DCTerms.title)).isEqualTo("Crime prevention and criminal justice responses against "
                + "illicit trafficking in endangered species of wild fauna and flora");
        Resource london = res("instrument/london-declaration-2014");
        assertThat(SEED.string(london, RDFS.label)).isEqualTo("London Declaration on the illegal wildlife trade");
        assertThat(SEED.string(res("instrument/a-69-l80"), RDFS.label)).isEqualTo("Resolution A/69/L80");
    }

    @Test
    void citesResolutionHasSevenQuotedParagraphsAndNamesTheToolkit() {
        Resource conf = res("instrument/conf-11-3-rev-cop16");
        assertThat(SEED.uris(conf, IKG.quotedParagraph)).hasSize(7);
        assertThat(SEED.uris(conf, IKG.referencesToolkit)).containsExactly(id("toolkit/iccwc-wildlife-and-forest-crime-analytic-toolkit"));
        Resource first = res("instrument/conf-11-3-rev-cop16/paragraph/1");
        assertThat(SEED.string(first, SCHEMA.text)).isEqualTo("WELCOMING the establishment of the International Consortium on Combating Wildlife Crime (ICCWC);");
        assertThat(SEED.r(first).hasProperty(IKG.paragraphNumber)).isFalse();
        assertThat(SEED.string(first, RDFS.label)).isEqualTo("Conf. 11.3 (Rev. CoP16), paragraph beginning 'WELCOMING the establishment'");
    }

    @Test
    void toolkitIsReferencedWhereTheQuotedTextNamesIt() {
        assertThat(SEED.model.listSubjectsWithProperty(IKG.referencesToolkit).mapWith(Resource::getURI).toList())
                .containsExactlyInAnyOrder(id("instrument/conf-11-3-rev-cop16"), id("instrument/ecosoc-2013-40"),
                        id("instrument/ccpcj-23-1"), id("instrument/london-declaration-2014"),
                        id("instrument/brazzaville-declaration-2015"), id("instrument/dhaka-recommendations-2014"));
        Resource toolkit = res("toolkit/iccwc-wildlife-and-forest-crime-analytic-toolkit");
        assertThat(SEED.r(toolkit).hasProperty(RDF.type, IKG.Toolkit)).isTrue();
        assertThat(SEED.string(toolkit, RDFS.label)).isEqualTo("ICCWC Wildlife and Forest Crime Analytic Toolkit");
    }

    @Test
    void paragraphsKeepTheirNumbersAsWritten() {
        Resource ecosoc = res("instrument/ecosoc-2013-40");
        assertThat(SEED.uris(ecosoc, IKG.quotedParagraph)).hasSize(5);
        assertThat(SEED.model.listObjectsOfProperty(IKG.paragraphNumber).mapWith(n -> n.asLiteral().getString()).toSet())
                .contains("9", "10", "11", "12", "XIV", "Urgent Measure 6");
        Resource twelve = res("instrument/ecosoc-2013-40/paragraph/5");
        assertThat(SEED.string(twelve, IKG.paragraphNumber)).isEqualTo("12");
        assertThat(SEED.string(twelve, RDFS.label)).isEqualTo("ECOSOC 2013/40, paragraph 12");
        assertThat(SEED.literal(twelve, IKG.order).getLexicalForm()).isEqualTo("5");
        assertThat(SEED.literal(twelve, IKG.order).getDatatypeURI()).endsWith("#integer");
        assertThat(SEED.r(res("instrument/ecosoc-2013-40/paragraph/1")).hasProperty(IKG.paragraphNumber)).isFalse();

        Resource xiv = res("instrument/london-declaration-2014/paragraph/2");
        assertThat(SEED.string(xiv, IKG.paragraphNumber)).isEqualTo("XIV");
        assertThat(SEED.string(xiv, SCHEMA.text)).contains("against wildlife crime; to strengthen enforcement systems for a stronger");
        assertThat(SEED.string(res("instrument/arusha-declaration-2014/paragraph/1"), IKG.paragraphNumber)).isEqualTo("12");
    }

    @Test
    void paragraphsMentionTheOrganisationsTheyName() {
        Resource recognizing = res("instrument/ecosoc-2011-36/paragraph/1");
        assertThat(SEED.uris(recognizing, IKG.mentions)).contains(ICCWC.getURI(), id("org/cites-secretariat"),
                id("org/interpol"), id("org/unodc"), id("org/world-bank"), id("org/wco"));
    }

    @Test
    void theShortNameTheInternationalConsortiumIsAMentionOfIccwc() {
        Resource commends = res("instrument/ecosoc-2013-40/paragraph/4");
        assertThat(SEED.string(commends, SCHEMA.text)).startsWith("Commends the efforts of the International Consortium and its members");
        assertThat(SEED.uris(commends, IKG.mentions)).containsExactlyInAnyOrder(ICCWC.getURI(), id("org/cites-secretariat"),
                id("org/interpol"), id("org/unodc"), id("org/world-bank"), id("org/wco"));
        assertThat(SEED.uris(res("instrument/ecosoc-2013-40/paragraph/5"), IKG.mentions))
                .as("the launch of the toolkit by the International Consortium").containsExactlyInAnyOrder(ICCWC.getURI(), id("org/unodc"));
    }

    @Test
    void paragraphsMentionTheEventsTheyName() {
        Resource encouraging = res("instrument/conf-12-5-rev-cop16/paragraph/3");
        assertThat(SEED.uris(encouraging, IKG.mentionsEvent)).containsExactly(id("event/iccwc-tiger-crime-seminar-2012"));
        assertThat(SEED.r(res("event/iccwc-tiger-crime-seminar-2012")).hasProperty(SCHEMA.startDate)).isFalse();
    }
}
