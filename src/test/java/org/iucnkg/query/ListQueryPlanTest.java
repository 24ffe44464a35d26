package org.iucnkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.iucnkg.model.Iris;
import org.junit.jupiter.api.Test;

/**
 * How ARQ plans the list queries and the parts of details: the year's events are one index lookup, and a page is
 * cut before it is gathered.
 */
class ListQueryPlanTest {
    private static final QueryCatalog CATALOG = QueryCatalog.load();
    private static final String IKG = "https://w3id.org/iucn-kg/ontology#";

    private static Op plan(String query, Map<String, String> args) {
        QueryFile file = CATALOG.get(query);
        return Algebra.optimize(Algebra.compile(Counting.pageOf(Bindings.bind(file, args, Iris.standard()), true, 1, 20)));
    }

    /** The plan under the page's LIMIT: what runs before the page is cut. */
    private static String underTheSlice(Op plan) {
        StringBuilder found = new StringBuilder();
        OpWalker.walk(plan, new OpVisitorBase() {
            @Override
            public void visit(OpSlice slice) {
                found.append(slice.getSubOp());
            }

            @Override
            public void visit(OpTopN top) { // LIMIT over ORDER BY, sorted keeping only the page
                found.append(top.getSubOp());
            }
        });
        assertThat(found).as("a page is cut").isNotEmpty();
        return found.toString();
    }

    @Test
    void theEventsOf2019StartFromTheirStartYear() {
        String plan = plan("events", Map.of("year", "2019")).toString().replaceAll("\\s+", " ");
        // the year is put in place first, then each step runs with it: an index lookup of ikg:startYear
        assertThat(plan).contains("(sequence (extend ((?/yearAsked \"2019\"^^<http://www.w3.org/2001/XMLSchema#gYear>)) (table unit))"
                + " (bgp (triple ?iri <" + IKG + "startYear> ?/yearAsked)").doesNotContain("strstarts");
    }

    @Test
    void aYearGivenAsAnIntegerIsLookedUpAsTheSameYear() {
        // as the benchmark binds it: "2019"^^xsd:integer
        Query bound = Decided.fold(QueryTransformOps.transform(CATALOG.get("events").query(),
                Map.of(Var.alloc("__year"), NodeFactory.createLiteralDT("2019", XSDDatatype.XSDinteger))), Set.of());
        assertThat(Algebra.optimize(Algebra.compile(bound)).toString())
                .contains("(?/yearAsked \"2019\"^^<http://www.w3.org/2001/XMLSchema#gYear>)");
    }

    @Test
    void resolutionsAreCountedOnlyForThePage() {
        Op plan = plan("resolutions", Map.of());
        assertThat(plan.toString()).contains(IKG + "reportsOn", IKG + "worksOn");
        assertThat(underTheSlice(plan)).contains(IKG + "congressYear").doesNotContain(IKG + "reportsOn", IKG + "worksOn");
    }

    @Test
    void eventsAndOrganisationsGatherDetailsOnlyForThePage() {
        assertThat(underTheSlice(plan("events", Map.of()))).contains("https://schema.org/startDate")
                .doesNotContain("https://schema.org/superEvent", IKG + "place");
        assertThat(underTheSlice(plan("organisations", Map.of()))).contains(IKG + "countryCode")
                .doesNotContain(IKG + "worksOn", IKG + "acronym");
    }

    @Test
    void partsOfAResolutionGatherDetailsOnlyForThePage() {
        Map<String, String> resolution = Map.of("identifier", "WCC-2020-Res-040");
        assertThat(underTheSlice(plan("resolution-activities", resolution))).contains(IKG + "hasActivity", IKG + "order")
                .doesNotContain(IKG + "activityDate", IKG + "actionCategory", IKG + "involves", IKG + "atEvent");
        assertThat(underTheSlice(plan("resolution-organisations", resolution)))
                .contains(IKG + "implementingMember", IKG + "implementingPartner", "rdf-schema#label")
                .doesNotContain(IKG + "acronym", IKG + "countryCode");
        assertThat(underTheSlice(plan("resolution-organisations", Map.of("identifier", "WCC-2020-Res-040", "role", "commissions"))))
                .contains(IKG + "implementingCommission", IKG + "mandateOf")
                .doesNotContain(IKG + "implementingMember", IKG + "acronym", IKG + "countryCode");
    }

    @Test
    void collaboratorsAreOrderedBeforeTheirSharedInstrumentsAreNamed() {
        // embedded: ranked by kgf:collaborators alone; labels and shared instruments are read for the page only
        assertThat(underTheSlice(plan("organisation-collaborators", Map.of("id", "awf"))))
                .contains("https://w3id.org/iucn-kg/function#collaborators")
                .doesNotContain(IKG + "worksOn", "rdf-schema#label", "http://purl.org/dc/terms/identifier");
        assertThat(underTheSlice(plan("organisation-collaborators-remote", Map.of("id", "awf")))).contains(IKG + "worksOn")
                .doesNotContain("http://purl.org/dc/terms/identifier");
    }

    @Test
    void aRoleAskedJoinsItsOrganisationsToTheInstrumentsReports() {
        // the one branch left of the roles' UNION is spliced in: one pattern from the instrument's reports to
        // their members, not the members of every report of the store evaluated alone and joined after
        String plan = plan("resolution-organisations", Map.of("identifier", "WCC-2020-Res-040", "role", "members"))
                .toString().replaceAll("\\s+", " ");
        // (variables of a nested sub-select are renamed ?/x, ?//x, ... by the algebra)
        assertThat(plan).containsPattern("\\(bgp \\(triple \\?/+report <" + IKG + "reportsOn> <https://w3id.org/iucn-kg/id/instrument/wcc-2020-res-040>\\)"
                + " \\(triple \\?/+report <" + IKG + "implementingMember> \\?/*iri\\)").doesNotContain(IKG + "implementingPartner");
    }
}
