package org.iucnkg.validate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;

/**
 * The outcome of validation: the results in plain words and the standard {@code sh:ValidationReport}.
 * {@code conforms} is the gate's verdict: true when no result has severity {@code Violation}; warnings
 * are listed in {@code violations} but do not block.
 */
public record ValidationReport(boolean conforms, List<Violation> violations, Model report) {

    static final String VIOLATION = "Violation";

    public ValidationReport {
        violations = List.copyOf(violations);
    }

    /** One line per result, warnings marked as such, for logs, the CLI and problem responses. */
    public String toPlainText() {
        if (violations.isEmpty()) return "conforms";
        return violations.stream()
                .map(v -> VIOLATION.equals(v.severity()) ? v.toPlainText() : v.severity().toLowerCase(Locale.ROOT) + ": " + v.toPlainText())
                .collect(Collectors.joining("\n"));
    }
}
