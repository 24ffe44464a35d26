package org.iucnkg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/** Entry point of the command line (ingest, validate, parse, export, query). */
@Command(name = "iucn-kg",
        description = "Builds and queries the IUCN-KG knowledge graph in a local TDB2 store.",
        subcommands = {IngestCommand.class, ValidateCommand.class, ParseCommand.class, ExportCommand.class,
                QueryCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a document, query or store content was refused or is invalid",
                "2:wrong usage (unknown command or option)", "3:a file or the store cannot be read or opened",
                "4:an unexpected failure (run with --verbose for details)"})
public final class KgCli {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int UNAVAILABLE = 3;
    static final int FAILED = 4;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    private KgCli() {}

    /** Runs one command in this process (logging only warnings, to stderr) and returns its exit code. */
    public static int run(String[] args) {
        CliLogging.warningsToStandardError();
        return run(args, System.out, System.err);
    }

    /** Runs one command writing to the given streams (results to {@code out}, progress and problems to {@code err}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        var console = new Console(out, err);
        CommandLine cli = new CommandLine(new KgCli(), new CommandFactory(console));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(new Failures(err));
        cli.setExecutionExceptionHandler(new Failures(err));
        int code = cli.execute(args);
        out.flush();
        return code;
    }

    /** Creates commands with the console they write to. */
    private record CommandFactory(Console console) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Console.class).newInstance(console);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
