package org.iucnkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

import org.apache.jena.query.QueryParseException;
import org.iucnkg.ingest.IngestRefusedException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into a one-line cause on stderr and an exit code; stack traces only with --verbose. */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {
    private final PrintStream err;

    Failures(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
        err.println("Try '" + cmd.getCommandSpec().root().name() + " help" + subcommandName(cmd) + "' for the usage.");
        return KgCli.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        int code = exitCode(ex);
        String cause = code == KgCli.FAILED
                ? "unexpected failure: " + ex + (verbose(parsed) ? "" : " (run with --verbose for details)")
                : ex.getMessage();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + cause);
        if (verbose(parsed)) ex.printStackTrace(err);
        return code;
    }

    private static int exitCode(Exception ex) {
        if (ex instanceof CliFailure failure) return failure.exitCode();
        if (ex instanceof IngestRefusedException || ex instanceof QueryParseException) return KgCli.INVALID;
        if (ex instanceof IOException || ex instanceof UncheckedIOException) return KgCli.UNAVAILABLE;
        return KgCli.FAILED;
    }

    private static String subcommandName(CommandLine cmd) {
        return cmd.getParent() == null ? "" : " " + cmd.getCommandName();
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }
}
