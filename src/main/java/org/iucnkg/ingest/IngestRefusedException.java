package org.iucnkg.ingest;

import java.util.List;
import java.util.Optional;

import org.iucnkg.validate.ValidationReport;
import org.iucnkg.validate.Violation;

/**
 * A source document that was not ingested, and why, in one line a person understands. Nothing was
 * written. When the shapes refused it, {@link #report()} holds every violation.
 */
public class IngestRefusedException extends Exception {
    private final transient ValidationReport report;

    public IngestRefusedException(String message) {
        super(message);
        this.report = null;
    }

    private IngestRefusedException(String message, ValidationReport report) {
        super(message);
        this.report = report;
    }

    /** The refusal of {@code what} by the shapes: the message names the first violation and counts the rest. */
    static IngestRefusedException byShapes(String what, ValidationReport report) {
        var violations = report.violations().stream().filter(ValidationGate::isBlocking).toList();
        String first = violations.isEmpty() ? "(no details)" : violations.get(0).toPlainText();
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        String count = violations.size() == 1 ? "1 violation" : violations.size() + " violations";
        return new IngestRefusedException(what + " breaks the shapes (" + count + "): " + first + more, report);
    }

    /** The SHACL report when the shapes refused the document. */
    public Optional<ValidationReport> report() {
        return Optional.ofNullable(report);
    }

    /** Every result of the shapes (violations and warnings), one line each; empty when the refusal was not the shapes'. */
    public List<String> violations() {
        return report().map(r -> r.violations().stream().map(Violation::toPlainText).toList()).orElse(List.of());
    }
}
