package org.warraq.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site into {@code site/} (or {@code warraq.out}), as {@code warraq build} does: only pages whose
 * inputs changed are written, and a failed build leaves the previous site untouched. Bound to
 * {@code package}: in a publisher's repository {@code mvn package} builds the site.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends SiteMojo {
    /** Output folder. Default: {@code site/} in the site folder. */
    @Parameter(property = "warraq.out")
    File out;

    /** Ignore the previous build and write every file. */
    @Parameter(property = "warraq.clean", defaultValue = "false")
    boolean clean;

    /** Print how long each stage took. */
    @Parameter(property = "warraq.timings", defaultValue = "false")
    boolean timings;

    @Override
    CliArguments arguments() {
        return site(new CliArguments("build").option("--out", out).flag("--clean", clean).flag("--timings", timings));
    }
}
