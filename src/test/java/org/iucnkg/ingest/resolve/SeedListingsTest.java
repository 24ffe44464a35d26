package org.iucnkg.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iucnkg.ingest.resolve.Seeds.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.resolve.EntityResolver.OrgName;
import org.iucnkg.model.IKG;
import org.junit.jupiter.api.Test;

/** Every organisation the five seeds list (members, commissions, partners) resolves to its curated resource. */
class SeedListingsTest {
    private static final Pattern MEMBER = Pattern.compile("(?<name>.*?)(?: \\( (?<acronym>[^()]*) \\))? / (?<country>.+)");
    private static final Pattern COMMISSION = Pattern.compile("(?<name>.*?) \\d{4}-\\d{4} \\((?<acronym>[^()]+)\\)");

    private final ReferenceResolver resolver = Seeds.freshResolver();
    private final Model out = ModelFactory.createDefaultModel();

    @Test
    void membersOfEverySeedResolveToTheirKeyAndCountry() {
        assertThat(members("000")).containsExactly(
                "bmuv DE", "giz DE", "cifor ID", "eaza NL", "sawc ZA", "iied GB", "ffi GB", "defra GB", "wwf-uk GB", "usaid US");
        assertThat(members("001")).containsExactly(
                "wwf-belgium BE", "member-6a10cf2b-0d25-e311-83d9-002655853524 -", "wwf-france FR", "meae FR", "afdpz FR",
                "wti IN", "awf KE", "ptop-salamandra PL", "ecpz RU", "sscw SY", "wwf-international CH", "ifaw US",
                "nrdc US", "ccf NA");
        assertThat(members("002")).containsExactly("awf KE", "nwc US");
        assertThat(members("004")).containsExactly("cllc US");
    }

    @Test
    void curatedMembersNeedNothingWrittenButTheIdOnlyMember() {
        for (String seed : List.of("000", "001", "002", "004")) members(seed);
        String member = org("member-6a10cf2b-0d25-e311-83d9-002655853524");
        assertThat(out.listSubjects().mapWith(Resource::getURI).toList()).containsExactly(member);
        assertThat(out.getResource(member).getProperty(RDFS.label).getString())
                .isEqualTo("IUCN Member 6A10CF2B-0D25-E311-83D9-002655853524");
        assertThat(out.getResource(member).getProperty(IKG.memberId).getString()).isEqualTo("6A10CF2B-0D25-E311-83D9-002655853524");
        assertThat(resolver.notes()).isEmpty();
    }

    @Test
    void commissionsResolveWithoutTheirMandateYears() {
        assertThat(commissions("001")).containsExactly(org("ssc"));
        assertThat(commissions("002")).containsExactly(org("wcel"));
    }

    @Test
    void partnersResolveAndGenericPhrasesAreRefused() {
        assertThat(partners("000")).containsExactly(org("unep"), org("traffic"), org("tnrf"));
        assertThat(partners("001")).containsExactly(
                org("fdpm"), org("belgian-customs"), org("interpol"), org("traffic"), org("world-bank"));
        assertThat(Seeds.linesBetween("002", "Other non-IUCN related organisations", "Indicate which actions"))
                .containsExactly("Multilateral institutions")
                .allSatisfy(line -> assertThat(resolver.isOrganisationName(line)).isFalse());
    }

    @Test
    void theSameListingsResolveToTheSameIrisInEveryIngest() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (String seed : List.of("000", "001", "002", "004")) first.addAll(members(seed));
        SeedListingsTest again = new SeedListingsTest();
        for (String seed : List.of("000", "001", "002", "004")) second.addAll(again.members(seed));
        assertThat(second).isEqualTo(first).hasSize(27);
    }

    /** "key country" for each member line; the country is the one the listing names, resolved. */
    private List<String> members(String seed) {
        List<String> resolved = new ArrayList<>();
        for (String line : Seeds.linesBetween(seed, "IUCN Members:", "IUCN Commissions:")) {
            Matcher m = MEMBER.matcher(line);
            OrgName name = m.matches()
                    ? new OrgName(m.group("name"), m.group("acronym"), m.group("country"), null)
                    : OrgName.named(line);
            Resource r = resolver.organisation(out, name);
            String country = m.matches() ? resolver.country(m.group("country")).orElseThrow().getURI().replaceAll(".*/", "") : "-";
            resolved.add(r.getURI().replace(Seeds.IRIS.idBase() + "org/", "") + " " + country);
        }
        return resolved;
    }

    private List<String> commissions(String seed) {
        return Seeds.linesBetween(seed, "IUCN Commissions:", "IUCN Secretariat:").stream().map(line -> {
            Matcher m = COMMISSION.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            return resolver.organisation(out, new OrgName(m.group("name"), m.group("acronym"), null, null)).getURI();
        }).toList();
    }

    private List<String> partners(String seed) {
        String line = Seeds.linesBetween(seed, "Other non-IUCN related organisations", "Indicate which actions").get(0);
        return Arrays.stream(line.split(",\\s*|\\s+and\\s+"))
                .map(name -> resolver.organisation(out, OrgName.named(name)).getURI())
                .toList();
    }
}
