package org.warraq.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** A goal that reads the whole site ({@code build}, {@code check}, {@code serve}): their shared options. */
abstract class SiteMojo extends WarraqMojo {
    /** Include articles marked {@code draft: true}. */
    @Parameter(property = "warraq.drafts", defaultValue = "false")
    boolean drafts;

    /** Treat warnings as errors. */
    @Parameter(property = "warraq.strict", defaultValue = "false")
    boolean strict;

    /** Worker threads. Default: one per processor. */
    @Parameter(property = "warraq.threads")
    Integer threads;

    /** The options of every command that reads a site, after the command's own. */
    final CliArguments site(CliArguments args) {
        return common(args.flag("--drafts", drafts).flag("--strict", strict).option("--threads", threads));
    }
}
