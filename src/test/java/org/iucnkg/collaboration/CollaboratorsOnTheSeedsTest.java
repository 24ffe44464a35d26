package org.iucnkg.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.iucnkg.store.LocalStore;
import org.iucnkg.testing.Results;
import org.iucnkg.testing.SeededServiceTest;
import org.junit.jupiter.api.Test;

/**
 * kgf:collaborators on the seeds ranks every organisation's collaborators exactly as the joining query a
 * remote store uses does, and kgf:sharedInstruments names the instruments each pair shares as the join does, read from TDB2 (the ranking kept per version) and from the in-memory copy (read
 * around the organisation on each call); and researchers can ask it through /sparql.
 */
class CollaboratorsOnTheSeedsTest extends SeededServiceTest {
    private static final String PREFIXES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX ikg: <https://w3id.org/iucn-kg/ontology#>
            PREFIX kgf: <https://w3id.org/iucn-kg/function#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String ORGANISATIONS = PREFIXES + "SELECT DISTINCT ?org { ?org ikg:worksOn ?i } ORDER BY ?org";
    private static final String RANKED = PREFIXES + "SELECT ?iri ?shared { <%s> kgf:collaborators (?iri ?shared ?rank) } ORDER BY ?rank";
    // the ranking of organisation-collaborators-remote.rq, the query of a store without kgf:collaborators
    private static final String JOINED = PREFIXES + """
            SELECT ?iri ?shared {
              { SELECT ?iri (COUNT(DISTINCT ?instrument) AS ?shared)
                { <%1$s> ikg:worksOn ?instrument . ?iri ikg:worksOn ?instrument . FILTER(?iri != <%1$s>) } GROUP BY ?iri }
              ?iri rdfs:label ?label .
            } ORDER BY DESC(?shared) LCASE(?label) ?iri""";
    private static final String SHARED = PREFIXES + """
            SELECT ?iri ?instrument ?identifier {
              <%1$s> kgf:collaborators (?iri) . (<%1$s> ?iri) kgf:sharedInstruments (?instrument ?identifier)
            } ORDER BY ?iri ?instrument""";
    private static final String JOINED_SHARED = PREFIXES + """
            SELECT DISTINCT ?iri ?instrument ?identifier {
              <%1$s> ikg:worksOn ?instrument . ?iri ikg:worksOn ?instrument . ?iri rdfs:label ?label FILTER(?iri != <%1$s>)
              OPTIONAL { ?instrument dcterms:identifier ?identifier }
            } ORDER BY ?iri ?instrument""";

    @Test
    void everyOrganisationsRankingIsTheJoiningQuerysFromTdb2AndFromTheCopy() {
        DatasetGraph tdb2 = ((LocalStore) store).writes();
        DatasetGraph reads = store.local().orElseThrow();
        List<String> organisations = rows(tdb2, ORGANISATIONS);
        assertThat(organisations).as("organisations working on an instrument").hasSize(35).contains("https://w3id.org/iucn-kg/id/org/awf");
        int withCollaborators = 0;
        for (String org : organisations) {
            List<String> joined = rows(tdb2, JOINED.formatted(org));
            assertThat(rows(tdb2, RANKED.formatted(org))).as("TDB2: " + org).isEqualTo(joined);
            assertThat(rows(reads, RANKED.formatted(org))).as("copy: " + org).isEqualTo(joined);
            List<String> shared = rows(tdb2, JOINED_SHARED.formatted(org));
            assertThat(rows(tdb2, SHARED.formatted(org))).as("TDB2, shared: " + org).isEqualTo(shared);
            assertThat(rows(reads, SHARED.formatted(org))).as("copy, shared: " + org).isEqualTo(shared);
            if (!joined.isEmpty()) withCollaborators++;
        }
        assertThat(withCollaborators).as("one of the 35 works alone").isEqualTo(34);
    }

    @Test
    void awfHasTwentyOneCollaboratorsThroughSparql() throws Exception {
        // Res 040: 13 other members, SSC and five partners; Res 054: the National Whistleblower Center and WCEL
        HttpResponse<String> answer = http.query(PREFIXES + """
                SELECT ?iri ?shared { <https://w3id.org/iucn-kg/id/org/awf> kgf:collaborators (?iri ?shared) }""",
                "application/sparql-results+json");
        assertThat(answer.statusCode()).isEqualTo(200);
        List<String> collaborators = Results.firstColumn(answer.body());
        assertThat(collaborators).hasSize(21).contains("https://w3id.org/iucn-kg/id/org/nwc", "https://w3id.org/iucn-kg/id/org/interpol");
    }

    /** Each row as its values, the IRI's and the number's, separated by a space. */
    static List<String> rows(DatasetGraph data, String query) {
        return Txn.calculateRead(data, () -> {
            try (RDFLink link = RDFLinkFactory.connect(data)) {
                RowSet answer = link.query(query).select();
                List<String> rows = new ArrayList<>();
                answer.forEachRemaining(row -> rows.add(answer.getResultVars().stream().map(row::get)
                        .map(value -> value == null ? "-" : value.isURI() ? value.getURI() : value.getLiteralLexicalForm()).collect(Collectors.joining(" "))));
                return rows;
            }
        });
    }
}
