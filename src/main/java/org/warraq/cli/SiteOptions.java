package org.warraq.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a site. */
final class SiteOptions {
    @Option(names = "--root", paramLabel = "DIR", description = "The site folder (with site.yaml, content/, templates/). Default: the current folder.")
    Path root = Path.of(".");

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: one per processor.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;
}
