package org.iucnkg.cli;

import java.util.concurrent.Callable;

import org.iucnkg.ingest.Ingestor;
import org.iucnkg.store.TdbStore;
import org.iucnkg.validate.ValidationReport;

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
            if (report.conforms()) {
                console.out().println("the store at " + store.directory + " conforms to the shapes");
                return KgCli.OK;
            }
            console.out().println(report.toPlainText());
            int n = report.violations().size();
            console.err().println("the store at " + store.directory + " breaks the shapes: " + n + (n == 1 ? " violation" : " violations"));
            return KgCli.INVALID;
        }
    }
}
