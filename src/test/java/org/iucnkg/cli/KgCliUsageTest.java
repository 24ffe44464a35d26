package org.iucnkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors and unreadable input: the exit codes and one-line causes of docs/cli.md. */
class KgCliUsageTest {
    @TempDir Path dir;

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("ingest", "--bogus", "x.txt");
        assertEquals(KgCli.USAGE, run.exitCode());
        assertEquals("iucn-kg ingest: Unknown option: '--bogus'", run.errLines().get(0));
        assertTrue(run.err().contains("iucn-kg help ingest"), run.err());
    }

    @Test
    void anUnknownCommandOrFormatIsAUsageError() {
        assertEquals(KgCli.USAGE, CliRun.of("frobnicate").exitCode());
        CliRun badFormat = CliRun.of("export", "--format", "xml", "--store", dir.toString());
        assertEquals(KgCli.USAGE, badFormat.exitCode());
        assertTrue(badFormat.err().contains("expected one of [nq, trig]"), badFormat.err());
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("help");
        assertEquals(KgCli.OK, run.exitCode());
        for (String command : new String[] {"ingest", "validate", "parse", "export", "query"}) {
            assertTrue(run.out().contains(command), command);
        }
        assertTrue(run.out().contains("3   a file or the store cannot be read or opened"), run.out());
    }

    @Test
    void aMissingFileToParseGivesOneLineAndExitThree() {
        Path missing = dir.resolve("no-such-report.txt");
        CliRun run = CliRun.of("parse", missing.toString());
        assertEquals(KgCli.UNAVAILABLE, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertEquals("iucn-kg parse: cannot read " + missing + ": no such file", run.errLines().get(0));
        assertEquals("", run.out());
    }

    @Test
    void aMissingQueryFileGivesExitThree() {
        CliRun run = CliRun.of("query", dir.resolve("absent.rq").toString(), "--store", dir.toString());
        assertEquals(KgCli.UNAVAILABLE, run.exitCode());
        assertTrue(run.err().startsWith("iucn-kg query: cannot read "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void readingCommandsNeverCreateAStore() {
        Path nowhere = dir.resolve("nostore");
        CliRun run = CliRun.of("validate", "--store", nowhere.toString());
        assertEquals(KgCli.UNAVAILABLE, run.exitCode());
        assertEquals("iucn-kg validate: there is no store at " + nowhere + " (ingest documents first, or give --store DIR)", run.errLines().get(0));
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void anInvalidQueryIsRefusedWithItsCause() throws Exception {
        Path rq = Files.writeString(dir.resolve("broken.rq"), "SELECT ?x WHERE { ?x ");
        CliRun run = CliRun.of("query", rq.toString(), "--store", dir.resolve("store").toString());
        assertEquals(KgCli.INVALID, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("iucn-kg query: " + rq + " is not a valid SPARQL query: "), run.err());
    }
}
