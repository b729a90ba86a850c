package org.warraq.cli;

import java.nio.file.Path;
import org.warraq.util.Workers;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a site. */
final class SiteOptions {
    @Option(names = "--root", paramLabel = "DIR", description = "The site folder (with site.yaml, content/, templates/). Default: the current folder.")
    Path root = Path.of(".");

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    int threads = Math.min(Workers.MAX_THREADS, Runtime.getRuntime().availableProcessors());

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads, 1 to " + Workers.MAX_THREADS
            + ". Default: one per processor.")
    void threads(int n) {
        if (n < 1 || n > Workers.MAX_THREADS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be from 1 to " + Workers.MAX_THREADS + ", not " + n);
        }
        threads = n;
    }
}
