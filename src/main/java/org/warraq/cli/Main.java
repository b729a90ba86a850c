package org.warraq.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code warraq}: build, check, preview and start articles. Exit codes: 0 success, 1 content or template
 * problems, 2 usage or configuration problems, 3 an internal error (a bug: please report it).
 */
@Command(name = "warraq", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Static news-site generator for Arabic, right-to-left newsrooms.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(Utf8Relaunch.namesFilesInUtf8() ? run(args, out, err, Clock.systemUTC())
                : Utf8Relaunch.onTerminal(args, err));
    }

    /**
     * Runs the command line and returns the exit code (tests and the Maven plugin call this). In a JVM that
     * cannot name files in UTF-8 (a POSIX locale), the command runs in a new JVM with a UTF-8 locale and its
     * output is copied to {@code out} and {@code err}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (!Utf8Relaunch.namesFilesInUtf8()) {
            return Utf8Relaunch.piped(args, out, err);
        }
        return run(args, out, err, Clock.systemUTC());
    }

    /**
     * Runs the command line with {@code clock} as the time {@code warraq new} dates articles with. What it
     * prints is terminal-safe ({@link TerminalWriter}); no failure, not even one of the JVM's own errors,
     * ends in a stack trace unless {@code --debug} asks for it.
     */
    static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, Clock clock) {
        PrintWriter out = new PrintWriter(new TerminalWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new TerminalWriter(rawErr), true);
        try {
            return execute(args, out, err, clock);
        } catch (RuntimeException | Error e) {
            return Failures.handle(e, err, List.of(args).contains("--debug"));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == NewCommand.class ? (K) new NewCommand(clock) : defaults.create(type);
            }
        };
        CommandLine cli = new CommandLine(new Main(), factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check, new or serve");
    }
}
