package org.iucnkg.sparql;

import org.iucnkg.validate.ValidationReport;

/** A write that the {@link WriteGate} refused; the transaction has been aborted and the store is unchanged. */
final class WriteRefusedException extends RuntimeException {
    private final transient ValidationReport report;

    WriteRefusedException(ValidationReport report) {
        super(explain(report));
        this.report = report;
    }

    /** The refusal in plain words: one line of introduction, then one line per violation. */
    static String explain(ValidationReport report) {
        return "The write was refused: the data would not conform to the shapes.\n" + report.toPlainText() + "\n";
    }

    ValidationReport report() {
        return report;
    }
}
