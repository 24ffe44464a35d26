package org.iucnkg.testing;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.iucnkg.validate.GraphValidator;
import org.iucnkg.validate.ValidationReport;
import org.iucnkg.validate.Violation;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The write gate's validator in tests: real SHACL validation (Jena) against the small shapes in fixtures/test-shapes.ttl. */
@TestConfiguration(proxyBeanMethods = false)
public class TestValidation {

    @Bean
    GraphValidator graphValidator() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("fixtures/test-shapes.ttl"));
        return data -> report(ShaclValidator.get().validate(shapes, data));
    }

    private static ValidationReport report(org.apache.jena.shacl.ValidationReport report) {
        var violations = report.getEntries().stream()
                .map(e -> new Violation(e.focusNode().toString(), e.resultPath() == null ? null : e.resultPath().toString(),
                        e.value() == null ? null : e.value().toString(), e.message(), e.severity().level().getLocalName(),
                        e.source() == null ? null : e.source().toString()))
                .toList();
        return new ValidationReport(report.conforms(), violations, report.getModel());
    }

}
