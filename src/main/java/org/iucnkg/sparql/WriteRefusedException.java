package org.iucnkg.sparql;

import java.util.List;

import org.iucnkg.validate.ValidationReport;
import org.iucnkg.validate.Violation;

/** A write that the {@link WriteGate} refused; the transaction has been aborted and the store is unchanged. */
final class WriteRefusedException extends RuntimeException {
    /** The severity that refuses data; warnings and infos do not. */
    private static final String BLOCKING = "Violation";
    private final transient ValidationReport report;

    WriteRefusedException(ValidationReport report) {
        super(explain(report));
        this.report = report;
    }

    /** The refusal in plain words: one line per violation; warnings, which do not block, are only counted. */
    static String explain(ValidationReport report) {
        StringBuilder text = new StringBuilder("The write was refused: the data would not conform to the shapes.\n");
        List<Violation> blocking = report.violations().stream().filter(v -> BLOCKING.equals(v.severity())).toList();
        blocking.forEach(violation -> text.append(violation.toPlainText()).append('\n'));
        int warnings = report.violations().size() - blocking.size();
        if (warnings > 0) text.append("(").append(warnings).append(" warnings not shown: ask for text/turtle to get the whole report)\n");
        return text.toString();
    }

    ValidationReport report() {
        return report;
    }
}
