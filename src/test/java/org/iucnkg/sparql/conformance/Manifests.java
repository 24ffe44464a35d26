package org.iucnkg.sparql.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.sparql.conformance.ConformanceCase.Exchange;
import org.iucnkg.sparql.conformance.ConformanceCase.Expected;
import org.iucnkg.sparql.conformance.ConformanceCase.Header;

/** Reads the W3C test manifests (test-manifest and HTTP-in-RDF vocabularies) into {@link ConformanceCase}s. */
final class Manifests {
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String HT = "http://www.w3.org/2011/http#";
    static final String CNT = "http://www.w3.org/2011/content#";
    static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    static final String APPROVAL = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#approval";
    static final String DEPRECATED = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#Deprecated";
    /** The status names of http-statusCodes used by the manifests. */
    static final Map<String, String> STATUS = Map.of("OK", "200", "Created", "201", "NoContent", "204", "NotFound", "404",
            "StatusCode2xx", "2xx", "StatusCode3xx", "3xx", "StatusCode4xx", "4xx");

    private final Model model;
    private final String suite;

    private Manifests(Model model, String suite) {
        this.model = model;
        this.suite = suite;
    }

    /** The tests of one manifest, in its order; {@code path} is a classpath resource such as conformance/protocol/manifest.ttl. */
    static List<ConformanceCase> read(String path) {
        String suite = path.replaceFirst("^conformance/", "").replaceFirst("/[^/]*$", "");
        Manifests manifests = new Manifests(RDFDataMgr.loadModel(path), suite);
        Resource manifest = manifests.model.listSubjectsWithProperty(RDF.type, manifests.model.createResource(MF + "Manifest")).next();
        return manifest.getPropertyResourceValue(manifests.p(MF, "entries")).as(RDFList.class)
                .asJavaList().stream().map(entry -> manifests.testCase(entry.asResource())).toList();
    }

    private ConformanceCase testCase(Resource test) {
        Resource action = test.getPropertyResourceValue(p(MF, "action"));
        List<Exchange> exchanges = action == null ? List.of()
                : list(action, p(HT, "requests")).stream().map(r -> exchange(r.asResource())).toList();
        Resource approval = test.getPropertyResourceValue(model.createProperty(APPROVAL));
        Set<String> requires = test.listProperties(p(MF, "requires")).mapWith(s -> localName(s.getResource())).toSet();
        return new ConformanceCase(suite, localName(test), string(test, p(MF, "name")), localName(test.getPropertyResourceValue(RDF.type)),
                approval != null && DEPRECATED.equals(approval.getURI()), requires, graphData(test), exchanges);
    }

    private Map<String, String> graphData(Resource test) {
        Map<String, String> graphs = new LinkedHashMap<>();
        test.listProperties(p(UT, "graphData")).forEach(s -> {
            Resource data = s.getResource();
            String file = data.getPropertyResourceValue(p(UT, "graph")).getURI().replaceFirst(".*/", "");
            graphs.put(string(data, RDFS.label), "conformance/" + suite + "/" + file);
        });
        return graphs;
    }

    private Exchange exchange(Resource request) {
        Resource body = request.getPropertyResourceValue(p(HT, "body"));
        return new Exchange(string(request, p(HT, "methodName")), string(request, p(HT, "absolutePath")), headers(request),
                body == null ? null : string(body, p(CNT, "chars")), body == null ? null : string(body, p(CNT, "characterEncoding")),
                expected(request.getPropertyResourceValue(p(HT, "resp"))));
    }

    private Expected expected(Resource response) {
        List<String> statuses = response.listProperties(p(MF, "expectedStatus"))
                .mapWith(s -> STATUS.get(localName(s.getResource()))).toList();
        Statement bool = response.getProperty(p(MF, "expectedBoolean"));
        Resource body = response.getPropertyResourceValue(p(HT, "body"));
        return new Expected(statuses, string(response, p(MF, "expectedFormat")), bool == null ? null : bool.getBoolean(),
                headers(response), body == null ? null : string(body, p(CNT, "chars")));
    }

    private List<Header> headers(Resource message) {
        return list(message, p(HT, "headers")).stream()
                .map(h -> new Header(string(h.asResource(), p(HT, "fieldName")), string(h.asResource(), p(HT, "fieldValue"))))
                .toList();
    }

    private static List<RDFNode> list(Resource subject, Property property) {
        Resource head = subject.getPropertyResourceValue(property);
        return head == null ? new ArrayList<>() : head.as(RDFList.class).asJavaList();
    }

    private static String string(Resource subject, Property property) {
        Statement statement = subject.getProperty(property);
        return statement == null ? null : statement.getString();
    }

    private static String localName(Resource resource) {
        return resource == null ? null : resource.getURI().replaceFirst(".*[#/]", "");
    }

    private Property p(String namespace, String localName) {
        return model.createProperty(namespace, localName);
    }
}
