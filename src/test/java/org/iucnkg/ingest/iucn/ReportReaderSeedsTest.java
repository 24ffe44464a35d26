package org.iucnkg.ingest.iucn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.iucnkg.ingest.iucn.ParsedReport.Block;
import org.iucnkg.ingest.iucn.ParsedReport.CommissionEntry;
import org.iucnkg.ingest.iucn.ParsedReport.Member;
import org.junit.jupiter.api.Test;

/** What the reader takes from the four seed progress reports, checked against their text. */
class ReportReaderSeedsTest {

    private static final String ON_GOING = "on-going";

    @Test
    void seed000() {
        ParsedReport r = Texts.read(Texts.seed("000"));
        assertThat(r.title().identifier()).isEqualTo("WCC-2016-Res-025");
        assertThat(r.activityReport()).isFalse();
        assertThat(r.members()).hasSize(10);
        assertThat(r.members().get(1)).isEqualTo(new Member("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH",
                List.of("GIZ"), "Germany", null));
        assertThat(r.members().get(8)).isEqualTo(new Member("World Wide Fund for Nature - U.K.", List.of("WWF - UK"), "United Kingdom", null));
        assertThat(r.commissions()).isEmpty();
        assertThat(r.secretariatInvolved()).isNull();
        assertThat(r.partnerLines()).containsExactly("UN Environment, TRAFFIC, Tanzania Natural Resources Forum");
        assertThat(r.categories()).containsExactly("convene-stakeholders-networking", "education-communication-raising-awareness",
                "policy-influencing-advocacy");
        assertThat(r.activities()).hasSize(10).allMatch(b -> b.category() == null);
        assertThat(r.activities().get(8).text()).startsWith("A learning exchange on communities and IWT was held in Kenya");
        assertThat(r.plannedActions()).extracting(Block::text).containsExactly(
                "Ongoing advocacy at international and national levels to integrate community perspectives and priorities in to policy and decision making",
                "Further roll out of the FLoD approach both as a situation analysis tool and an evaluation tool",
                "A limited number of national dialogues are supported by the IIED/IUCN SULi Learning and Action Platform project, funded by UK DEFRA IWT Challenge Fund and GIZ.");
        assertThat(r.challenges()).isEqualTo("The main challenge to date has been in securing funding to continue activities.");
        assertThat(r.actionsPlanned()).isNull();
        assertThat(r.status()).isEqualTo(ON_GOING);
        assertThat(r.additionalInformation()).isNull();
        assertThat(r.unplaced()).isEmpty();
    }

    @Test
    void seed001() {
        ParsedReport r = Texts.read(Texts.seed("001"));
        assertThat(r.title().identifier()).isEqualTo("WCC-2020-Res-040");
        assertThat(r.members()).hasSize(14);
        assertThat(r.members()).extracting(Member::acronym, Member::country).containsExactly(
                tuple("WWF - Belgium", "Belgium"), tuple(null, null),
                tuple("WWF - France", "France"), tuple("MEAE", "France"),
                tuple("AFdPZ", "France"), tuple("WTI", "India"),
                tuple("AWF", "Kenya"), tuple("PTOP Salamandra", "Poland"),
                tuple("ECPZ", "Russia"), tuple("SSCW", "Syria"),
                tuple("WWF", "Switzerland"),
                tuple("IFAW", "United States of America"),
                tuple("NRDC", "United States of America"), tuple("CCF", "Namibia"));
        assertThat(r.members().get(1)).isEqualTo(new Member(null, List.of(), null, "6A10CF2B-0D25-E311-83D9-002655853524"));
        assertThat(r.commissions()).containsExactly(new CommissionEntry("IUCN Species Survival Commission", "SSC", "2021", "2025"));
        assertThat(r.secretariatInvolved()).isTrue();
        assertThat(r.partnerLines()).containsExactly("Forestry Department of Peninsular Malaysia, Belgian Customs, INTERPOL, TRAFFIC and World Bank");
        assertThat(r.categories()).hasSize(6).startsWith("capacity-building").endsWith("scientific-technical-activities");
        assertThat(r.activities()).hasSize(14);
        assertThat(r.activities().get(0)).extracting(Block::category).isEqualTo("capacity-building");
        assertThat(r.activities().get(0).text()).endsWith("through the EU-funded UNITE project. [OP2; OP4.b].");
        assertThat(r.activities().get(2)).extracting(Block::category).isEqualTo("convene-stakeholders-networking");
        assertThat(r.activities().get(9).text()).startsWith("Since April, IFAW has been conducting research");
        assertThat(r.activities()).extracting(Block::category).containsExactly("capacity-building", "capacity-building",
                "convene-stakeholders-networking", "education-communication-raising-awareness", "education-communication-raising-awareness",
                "education-communication-raising-awareness", "education-communication-raising-awareness", "policy-influencing-advocacy",
                "policy-influencing-advocacy", "scientific-technical-activities", "scientific-technical-activities",
                "scientific-technical-activities", "scientific-technical-activities", "scientific-technical-activities");
        assertThat(r.plannedActions()).extracting(Block::category).containsExactly("convene-stakeholders-networking",
                "education-communication-raising-awareness", "education-communication-raising-awareness", "other",
                "policy-influencing-advocacy", "policy-influencing-advocacy", "scientific-technical-activities");
        assertThat(r.challenges()).startsWith("IUCN SSC Orchid Specialist Groups: our effective strategy").contains("\n\nIFAW: Digital marketplaces");
        assertThat(r.actionsPlanned()).isTrue();
        assertThat(r.status()).isEqualTo(ON_GOING);
        assertThat(r.unplaced()).isEmpty();
    }

    @Test
    void seed002() {
        ParsedReport r = Texts.read(Texts.seed("002"));
        assertThat(r.title().identifier()).isEqualTo("WCC-2020-Res-054");
        assertThat(r.members()).extracting(Member::acronym).containsExactly("AWF", "NWC");
        assertThat(r.commissions()).containsExactly(new CommissionEntry("IUCN World Commission on Environmental Law", "WCEL", "2021", "2025"));
        assertThat(r.partnerLines()).containsExactly("Multilateral institutions");
        assertThat(r.activities()).extracting(Block::category).containsExactly("capacity-building",
                "education-communication-raising-awareness", "policy-influencing-advocacy", "policy-influencing-advocacy",
                "policy-influencing-advocacy");
        // Only category names under "future actions": one planned action per category.
        assertThat(r.plannedActions()).containsExactly(
                new Block("education-communication-raising-awareness", "Education/Communication/Raising awareness", null),
                new Block("policy-influencing-advocacy", "Policy influencing/advocacy", null));
        assertThat(r.actionsPlanned()).isNull();
        assertThat(r.status()).isEqualTo(ON_GOING);
    }

    @Test
    void seed004() {
        ParsedReport r = Texts.read(Texts.seed("004"));
        assertThat(r.title().identifier()).isEqualTo("WCC-2016-Res-087");
        assertThat(r.members()).containsExactly(new Member("Center for Large Landscape Conservation", List.of("CLLC"),
                "United States of America", null));
        assertThat(r.partnerLines()).isEmpty();
        assertThat(r.categories()).hasSize(4);
        // The lead-in line is a note about the items, not an achievement: it stays in the results text only.
        assertThat(r.activities()).hasSize(3);
        assertThat(r.activities().get(0).text()).startsWith("The Center for Large Landscape Conservation co-organized");
        assertThat(r.results()).startsWith("Some activities were undertaken late in 2018 and were not recorded in any previous report\n");
        assertThat(r.plannedActions()).hasSize(1);
        assertThat(r.challenges()).isEqualTo("Good progress has been made");
        assertThat(r.status()).isEqualTo("underway");
        assertThat(r.unplaced()).isEmpty();
    }
}
