package org.warraq.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.IoCause;
import org.warraq.diag.Problem;
import org.warraq.diag.TerminalText;
import picocli.CommandLine;

/**
 * Turns failures into what the user sees: problem lines sorted by file and line, then a count, and the
 * exit code. A stack trace is printed only with {@code --debug}; an I/O failure is named by its cause.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean debug = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug");
        return handle(e, cli.getErr(), debug);
    }

    /** Reports {@code e} (any failure, errors of the JVM included) and returns the exit code. */
    static int handle(Throwable e, PrintWriter err, boolean debug) {
        int code;
        if (e instanceof BuildFailure failure) {
            report(err, failure.problems());
            code = failure.exitCode();
        } else if (e instanceof UncheckedIOException io) {
            String file = IoCause.file(io.getCause()).map(f -> shown(Path.of(f))).orElse("warraq");
            report(err, List.of(IoCause.of(io.getCause()).problem(file)));
            code = BuildFailure.CONFIG;
        } else if (e instanceof OutOfMemoryError) {
            err.println("error: out of memory (give Java more with -Xmx, e.g. JAVA_TOOL_OPTIONS=-Xmx4g, or use fewer --threads)");
            code = BuildFailure.CONFIG;
        } else {
            err.println("internal error: " + TerminalText.oneLine(e.toString())
                    + " (this is a bug in Warraq; run again with --debug for details and report it)");
            code = INTERNAL;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Prints problems and their count, e.g. "2 errors, 1 warning". */
    static void report(PrintWriter err, List<Problem> problems) {
        problems.stream().sorted().forEach(p -> err.println(TerminalText.oneLine(p.format())));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (!problems.isEmpty()) {
            err.println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
        err.flush();
    }

    /** A path as the user can open it from here: relative to the current folder when it is inside it. */
    static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return (abs.startsWith(here) && !abs.equals(here) ? here.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
