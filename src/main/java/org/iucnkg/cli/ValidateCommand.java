package org.iucnkg.cli;

import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.iucnkg.ingest.Ingestor;
import org.iucnkg.store.TdbStore;
import org.iucnkg.validate.ValidationReport;
import org.iucnkg.validate.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", description = "Checks the whole store (every graph together) against the shapes.")
final class ValidateCommand implements Callable<Integer> {
    private final Console console;

    @Mixin StoreOption store;
    @Mixin CommonOptions common;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try (TdbStore opened = store.openExisting()) {
            ValidationReport report = Ingestor.create(common.iris(), opened).validateStore();
            report.violations().forEach(v -> console.out().println(v.severity().toLowerCase(Locale.ROOT) + ": " + v.toPlainText()));
            String verdict = report.conforms() ? "conforms to the shapes" : "breaks the shapes";
            console.out().println("the store at " + store.directory + " " + verdict + counts(report));
            return report.conforms() ? KgCli.OK : KgCli.INVALID;
        }
    }

    /** " (3 violations, 1 warning)", or nothing when there are no results. */
    private static String counts(ValidationReport report) {
        if (report.violations().isEmpty()) return "";
        var bySeverity = report.violations().stream()
                .collect(Collectors.groupingBy(Violation::severity, TreeMap::new, Collectors.counting()));
        return bySeverity.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().toLowerCase(Locale.ROOT) + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
