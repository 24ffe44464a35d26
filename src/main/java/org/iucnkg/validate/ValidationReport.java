package org.iucnkg.validate;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;

/** The outcome of validation: the results in plain words and the standard {@code sh:ValidationReport}. */
public record ValidationReport(boolean conforms, List<Violation> violations, Model report) {

    public ValidationReport {
        violations = List.copyOf(violations);
    }

    /** One line per violation, for logs, the CLI and problem responses. */
    public String toPlainText() {
        if (conforms) return "conforms";
        return violations.stream().map(Violation::toPlainText).collect(Collectors.joining("\n"));
    }
}
