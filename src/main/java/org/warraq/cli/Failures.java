package org.warraq.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.Problem;
import picocli.CommandLine;

/**
 * Turns failures into what the user sees: problem lines sorted by file and line, then a count, and the
 * exit code. A stack trace is printed only with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug");
        if (e instanceof BuildFailure failure) {
            report(err, failure.problems());
            if (debug) {
                e.printStackTrace(err);
            }
            return failure.exitCode();
        }
        if (e instanceof UncheckedIOException io) {
            err.println("error: " + io.getCause().getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return BuildFailure.CONTENT;
        }
        err.println("internal error: " + e + " (this is a bug in Warraq; run again with --debug for details and report it)");
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }

    /** Prints problems and their count, e.g. "2 errors, 1 warning". */
    static void report(PrintWriter err, List<Problem> problems) {
        problems.stream().sorted().forEach(p -> err.println(p.format()));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (!problems.isEmpty()) {
            err.println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
        err.flush();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
