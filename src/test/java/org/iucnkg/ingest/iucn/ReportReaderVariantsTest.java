package org.iucnkg.ingest.iucn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.iucnkg.ingest.MalformedSourceException;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.ingest.iucn.ParsedReport.Block;
import org.iucnkg.ingest.iucn.ParsedReport.CommissionEntry;
import org.iucnkg.ingest.iucn.ParsedReport.Member;
import org.iucnkg.ingest.iucn.ParsedReport.Unplaced;
import org.junit.jupiter.api.Test;

/** The variants real portal pages show, one fixture each (src/test/resources/fixtures/iucn). */
class ReportReaderVariantsTest {

    @Test
    void recommendationBehindACookieBannerWithOddMembersAndPlaceholders() {
        ParsedReport r = Texts.read(Texts.fixture("rec-cookie-banner.txt"));
        assertThat(r.title()).isEqualTo(new ParsedReport.Title(2016, "Rec", 103));
        assertThat(r.title().identifier()).isEqualTo("WCC-2016-Rec-103");
        assertThat(r.members()).containsExactly(
                new Member("Wildlife Conservation Society", List.of(), "United States of America", null),
                new Member("Re:wild", List.of(), "United States of America", null),
                new Member("Biodiversity Collections of the California Academy of Sciences", List.of("BC", "CAS"), "United States of America", null));
        assertThat(r.commissions()).isEmpty();
        assertThat(r.secretariatInvolved()).isFalse();
        assertThat(r.partnerLines()).containsExactly("We worked with several local NGOs and the ministry",
                "TRAFFIC, Civil Society Organisations");
        assertThat(r.categories()).containsExactly("field-activities", "fundraising");
        assertThat(r.activities()).hasSize(2);
        assertThat(r.plannedActions()).extracting(Block::text).containsExactly("Repeat the surveys in 2019.");
        assertThat(r.actionsPlanned()).isFalse();
        assertThat(r.status()).isEqualTo("initiated");
        assertThat(r.additionalInformation()).isEqualTo("The surveys follow the IUCN Red List guidelines.");
        assertThat(r.unplaced()).as("the cookie banner is page noise, not report text").isEmpty();
    }

    @Test
    void decisionWithReorderedAndMissingHeadingsAndTwoMandatesOfOneCommission() {
        ParsedReport r = Texts.read(Texts.fixture("dec-reordered.txt"));
        assertThat(r.title().identifier()).isEqualTo("WCC-2020-Dec-147");
        assertThat(r.status()).isEqualTo("completed");
        assertThat(r.activities()).singleElement().extracting(Block::text).asString().startsWith("The IUCN World Commission on Environmental Law drafted");
        assertThat(r.commissions()).containsExactly(
                new CommissionEntry("IUCN World Commission on Environmental Law", "WCEL", "2013", "2016"),
                new CommissionEntry("IUCN World Commission on Environmental Law", "WCEL", "2021", "2025"));
        assertThat(r.members()).extracting(Member::acronym).containsExactly("AWF");
        assertThat(r.secretariatInvolved()).as("'I do not know' is no answer").isNull();
        assertThat(r.partnerLines()).isEmpty();
        assertThat(r.challenges()).isNull();
        assertThat(r.categories()).containsExactly("policy-influencing-advocacy");
        assertThat(r.unplaced()).containsExactly(new Unplaced("action category", "Research and monitoring"));
    }

    @Test
    void frenchAndSpanishPagesGiveTheSameStructureAsTheEnglishOne() {
        ParsedReport en = Texts.read(Texts.fixture("progress-en.txt"));
        assertThat(en.title().identifier()).as("'Res 25' is zero-padded").isEqualTo("WCC-2016-Res-025");
        assertThat(en.members()).extracting(Member::acronym, Member::memberId).containsExactly(
                tuple("IIED", null), tuple(null, "6A10CF2B-0D25-E311-83D9-002655853524"));
        assertThat(en.commissions()).containsExactly(new CommissionEntry("IUCN Species Survival Commission", "SSC", "2017", "2020"));
        assertThat(en.secretariatInvolved()).isTrue();
        assertThat(en.categories()).containsExactly("capacity-building", "field-activities");
        assertThat(en.activities()).extracting(Block::category).containsExactly("capacity-building", "field-activities");
        assertThat(en.status()).isEqualTo("underway");
        assertThat(en.actionsPlanned()).isTrue();
        for (String translated : List.of("progress-fr.txt", "progress-es.txt")) {
            ParsedReport t = Texts.read(Texts.fixture(translated));
            assertThat(t.title()).as(translated).isEqualTo(en.title());
            assertThat(t.members()).as(translated).extracting(Member::name, Member::acronym, Member::memberId)
                    .isEqualTo(en.members().stream().map(m -> tuple(m.name(), m.acronym(), m.memberId())).toList());
            assertThat(t.commissions()).as(translated).isEqualTo(en.commissions());
            assertThat(t.secretariatInvolved()).as(translated).isEqualTo(en.secretariatInvolved());
            assertThat(t.partnerLines()).as(translated).isEqualTo(en.partnerLines());
            assertThat(t.categories()).as(translated).isEqualTo(en.categories());
            assertThat(t.activities()).as(translated).extracting(Block::category).isEqualTo(en.activities().stream().map(Block::category).toList());
            assertThat(t.plannedActions()).as(translated).hasSameSizeAs(en.plannedActions());
            assertThat(t.challenges()).as(translated).isNotNull();
            assertThat(t.actionsPlanned()).as(translated).isEqualTo(en.actionsPlanned());
            assertThat(t.status()).as(translated).isEqualTo(en.status());
            assertThat(t.additionalInformation()).as(translated).endsWith("https://pubs.iied.org/17656IIED/");
            assertThat(t.unplaced()).as(translated).isEmpty();
        }
    }

    @Test
    void activityReportWithGluedCategoriesAndATabSeparatedTable() {
        ParsedReport r = Texts.read(Texts.fixture("activity-report-en.txt"));
        assertThat(r.activityReport()).isTrue();
        assertThat(r.title().identifier()).isEqualTo("WCC-2012-Res-017");
        ParsedReport.Constituent c = r.constituent();
        assertThat(c.organisation()).isEqualTo(new Member("International Fund for Animal Welfare", List.of("IFAW"), "United States of America", null));
        assertThat(c.type()).isEqualTo("Member");
        assertThat(c.period()).isEqualTo("January 2013 - December 2015");
        assertThat(c.periodStart().getLexicalForm()).isEqualTo("2013-01");
        assertThat(c.periodEnd().getLexicalForm()).isEqualTo("2015-12");
        assertThat(c.scope()).isEqualTo("Regional (East Africa)");
        assertThat(r.activities()).containsExactly(
                new Block("capacity-building", "IFAW trained 40 rangers of the Kenya Wildlife Service in wildlife crime scene investigation in March 2014.", null),
                new Block("policy-influencing-advocacy", "IFAW briefed members of the East African Legislative Assembly on the illegal ivory trade.", null),
                new Block("field-activities", "Anti-poaching patrols were supported in Tsavo East National Park together with TRAFFIC.", "Completed"),
                new Block("education-communication-raising-awareness",
                        "A regional workshop on demand reduction was held in Uganda in May 2015, hosted by IFAW.", "On-going"),
                new Block("fundraising", "Raised USD 250,000 from the European Union for ranger equipment.", "Initiated"));
        assertThat(r.categories()).hasSize(5).first().isEqualTo("capacity-building");
        assertThat(r.unplaced()).isEmpty();
    }

    @Test
    void frenchActivityReportByACommissionWithATableOnConsecutiveLines() {
        ParsedReport r = Texts.read(Texts.fixture("activity-report-fr.txt"));
        assertThat(r.activityReport()).isTrue();
        assertThat(r.title().identifier()).isEqualTo("WCC-2012-Res-041");
        ParsedReport.Constituent c = r.constituent();
        assertThat(c.organisation()).isNull();
        assertThat(c.commission()).isEqualTo(new CommissionEntry("IUCN World Commission on Protected Areas", "WCPA", "2013", "2016"));
        assertThat(c.type()).isEqualTo("Commission");
        assertThat(c.periodStart().getLexicalForm()).isEqualTo("2014-03-01");
        assertThat(c.periodEnd().getLexicalForm()).isEqualTo("2015-06-30");
        assertThat(c.scope()).isEqualTo("Afrique centrale");
        assertThat(r.activities()).extracting(Block::category, Block::statusNote).containsExactly(
                tuple("capacity-building", null),
                tuple("field-activities", "Achevé"),
                tuple("fundraising", "En cours"));
        assertThat(r.activities().get(0).text()).isEqualTo("La WCPA a formé 30 gestionnaires d'aires protégées au Cameroun en octobre 2014.");
    }

    @Test
    void aDocumentThatIsNoReportIsRefusedWithAReadableMessage() {
        var source = Texts.fixture("not-a-report.txt");
        assertThatThrownBy(() -> ReportReader.read(source.fileName(), source.text()))
                .isInstanceOf(MalformedSourceException.class)
                .hasMessage("not-a-report.txt does not look like an IUCN progress or activity report: no title line "
                        + "'WCC <year> Res|Rec|Dec <n> - Progress Report' and no 'IUCN Constituent:' header");
    }

    @Test
    void theCitesSeedIsNoIucnReportEither() {
        var source = Texts.seed("003");
        assertThatThrownBy(() -> ReportReader.read(source.fileName(), source.text())).isInstanceOf(MalformedSourceException.class);
    }

    @Test
    void aPageWithoutTitleButWithFieldsIsReadWithAWarning() {
        ParsedReport r = Texts.read(SourceText.of("untitled.txt",
                "IUCN Members:\nCheetah Conservation Fund ( CCF ) / Namibia\nIUCN Secretariat:\nYes\nSome stray line"));
        assertThat(r.title()).isNull();
        assertThat(r.members()).extracting(Member::acronym).containsExactly("CCF");
        assertThat(r.secretariatInvolved()).as("'Yes' then a stray line is no clear answer").isNull();
        assertThat(r.unplaced()).containsExactly(new Unplaced("IUCN Secretariat", "Yes\nSome stray line"));
        assertThat(r.warnings()).singleElement().asString().startsWith("no title line");
    }

    @Test
    void textBeforeTheTitleThatIsNoBannerIsKept() {
        ParsedReport r = Texts.read(SourceText.of("prefixed.txt",
                "Log in\nPrinted on 3 May 2021\nWCC 2016 Res 25 - Progress Report\nIUCN Secretariat: No\n"));
        assertThat(r.unplaced()).containsExactly(new Unplaced("text before the title", "Printed on 3 May 2021"));
        assertThat(r.secretariatInvolved()).isFalse();
    }
}
