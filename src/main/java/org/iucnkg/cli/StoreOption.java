package org.iucnkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.iucnkg.store.TdbStore;

import picocli.CommandLine.Option;

/** The {@code --store} directory of the commands that read or write the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "./var/tdb2",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path directory;

    /** Opens the store, creating it if the directory is new. */
    TdbStore openOrCreate() {
        try {
            return TdbStore.open(directory);
        } catch (RuntimeException e) {
            throw new CliFailure(KgCli.UNAVAILABLE, "cannot open the store at " + directory + ": " + e.getMessage());
        }
    }

    /** Opens a store that must exist already: reading commands never create one. */
    TdbStore openExisting() {
        if (!Files.isDirectory(directory)) {
            throw new CliFailure(KgCli.UNAVAILABLE, "there is no store at " + directory + " (ingest documents first, or give --store DIR)");
        }
        return openOrCreate();
    }
}
