package org.iucnkg.sparql.conformance;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.iucnkg.testing.Fixtures;
import org.iucnkg.testing.ServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The W3C SPARQL 1.1 Protocol, Graph Store Protocol and Service Description tests, replayed over HTTP
 * against the running application. A test that does not apply to this service is recorded as not
 * applicable with its reason (reported as aborted), never dropped; every other test must pass. A
 * summary is printed at the end.
 */
@DirtiesContext
class ConformanceTest extends ServiceTest {
    private static final Path STORE = Fixtures.tempStore("kg-conformance");
    static final List<String> MANIFESTS = List.of(
            "conformance/protocol/manifest.ttl",
            "conformance/graph-store-protocol/manifest-indirect.ttl",
            "conformance/graph-store-protocol/manifest-direct.ttl",
            "conformance/http-rdf-update/manifest.ttl",
            "conformance/service-description/manifest.ttl");
    /** Tests that contradict a design decision of this service, beyond what the manifests declare. */
    static final Map<String, String> AGAINST_THE_DESIGN = Map.of("graph-store-protocol/put_get_default",
            "writes the default graph, which on this service is the read-only union of the named graphs (the PUT is refused with 422)");
    /** Graphs loaded for the service description tests, so that there are named graphs to describe. */
    static final Map<String, String> DESCRIBED_GRAPHS = Map.of("http://kasei.us/2009/09/sparql/data/data1.rdf", "conformance/protocol/data1.nt");
    private static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry settings) {
        settings.add("kg.store.path", STORE::toString);
        settings.add("kg.store.bootstrap", () -> "false");
    }

    @TestFactory
    Stream<DynamicTest> w3cTests() {
        return MANIFESTS.stream().flatMap(manifest -> Manifests.read(manifest).stream())
                .map(test -> DynamicTest.dynamicTest(test.label() + ": " + test.name(), () -> run(test)));
    }

    private void run(ConformanceCase test) {
        Optional<String> notApplicable = notApplicable(test);
        if (notApplicable.isPresent()) {
            OUTCOMES.put(test.label(), "n.a.   " + notApplicable.get());
            Assumptions.abort("not applicable: " + notApplicable.get());
        }
        OUTCOMES.put(test.label(), "FAILED");
        startWith(test.type().equals("ServiceDescriptionTest") ? DESCRIBED_GRAPHS : test.graphData());
        if (test.type().equals("ServiceDescriptionTest")) ServiceDescriptionChecks.run(test.id(), http);
        else new Replay(http, admin).run(test);
        OUTCOMES.put(test.label(), "passed");
    }

    static Optional<String> notApplicable(ConformanceCase test) {
        if (test.deprecated())
            return Optional.of("deprecated by the W3C (dawg:Deprecated) in favour of graph-store-protocol/, which is run;"
                    + " its requests exist only as prose");
        if (test.requires().contains("DirectGraphIdentification"))
            return Optional.of("needs direct graph identification, optional in the Graph Store Protocol: graphs here are named"
                    + " with ?graph=<iri>, and their IRIs (https://w3id.org/iucn-kg/graph/...) are not URLs of this service");
        if (test.requires().contains("POSTGraphCreation"))
            return Optional.of("needs graph creation by POST, optional in the Graph Store Protocol: a POST without ?graph="
                    + " targets the default graph, which here is the read-only union of the named graphs");
        return Optional.ofNullable(AGAINST_THE_DESIGN.get(test.label()));
    }

    private void startWith(Map<String, String> graphs) {
        Fixtures.graphNames(store).forEach(store::dropGraph);
        graphs.forEach((name, file) -> store.replaceGraph(name, RDFDataMgr.loadGraph(file)));
    }

    @AfterAll
    static void summary() {
        long passed = OUTCOMES.values().stream().filter("passed"::equals).count();
        long failed = OUTCOMES.values().stream().filter("FAILED"::equals).count();
        StringBuilder report = new StringBuilder("\nW3C SPARQL 1.1 conformance: ").append(passed).append(" passed, ")
                .append(OUTCOMES.size() - passed - failed).append(" not applicable, ").append(failed).append(" failed\n");
        OUTCOMES.forEach((test, outcome) -> report.append(String.format("  %-62s %s%n", test, outcome)));
        System.out.println(report);
        Assertions.assertEquals(0, failed, "conformance failures");
    }
}
