package org.warraq.maven;

import java.io.File;
import java.io.PrintWriter;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.warraq.cli.Main;

/** A goal that runs one Warraq command; the parameters every command has. */
abstract class WarraqMojo extends AbstractMojo {
    /** The site folder, with {@code site.yaml}, {@code content/} and optionally {@code templates/}. */
    @Parameter(property = "warraq.root", defaultValue = "${project.basedir}")
    File root;

    /** Show stack traces of failures (also on with Maven's {@code -X}). */
    @Parameter(property = "warraq.debug", defaultValue = "false")
    boolean debug;

    /** Do nothing (e.g. {@code -Dwarraq.skip} on a CI job that only tests). */
    @Parameter(property = "warraq.skip", defaultValue = "false")
    boolean skip;

    /** The command line this goal runs, e.g. {@code build --root DIR --drafts}. */
    abstract CliArguments arguments();

    /** The options every command takes, after the command's own. */
    final CliArguments common(CliArguments args) {
        return args.option("--root", root).flag("--debug", debug || getLog().isDebugEnabled());
    }

    /**
     * Fails on a value that reached Maven with letters it could not decode (U+FFFD): Maven's JVM read its
     * command line in the locale's encoding, and under the POSIX locale every Arabic letter of a
     * {@code -Dwarraq.title=…} is lost before Warraq sees it.
     */
    static void refuseUndecoded(List<String> values) throws MojoFailureException {
        for (String value : values) {
            if (value != null && value.indexOf('\uFFFD') >= 0) {
                throw new MojoFailureException("'" + value + "' reached Maven with letters it could not read: Maven's Java"
                        + " decodes its command line as " + System.getProperty("sun.jnu.encoding")
                        + " (set LC_ALL=C.UTF-8, or any UTF-8 locale, and run again)");
            }
        }
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("skipped (warraq.skip)");
            return;
        }
        List<String> args = arguments().toList();
        refuseUndecoded(args);
        getLog().debug("warraq " + String.join(" ", args));
        int code;
        try (PrintWriter out = new PrintWriter(LogWriter.out(getLog()), true);
             PrintWriter err = new PrintWriter(LogWriter.err(getLog()), true)) {
            code = Main.run(args.toArray(String[]::new), out, err);
        }
        outcome(args.get(0), code);
    }

    /** Exit 0 passes; 1 (content, templates) and 2 (configuration, usage) fail the goal; 3 is a bug. */
    static void outcome(String command, int code) throws MojoExecutionException, MojoFailureException {
        switch (code) {
            case 0 -> {
            }
            case 1 -> throw new MojoFailureException("warraq " + command + " found content or template problems (listed above)");
            case 2 -> throw new MojoFailureException("warraq " + command + " stopped on a configuration or usage problem (listed above)");
            case 3 -> throw new MojoExecutionException("warraq " + command
                    + " stopped on an internal error (a bug in Warraq: run again with -Dwarraq.debug and report it)");
            default -> throw new MojoExecutionException("warraq " + command + " ended with exit code " + code);
        }
    }
}
