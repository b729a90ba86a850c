package org.warraq.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warraq.files.SiteLayout;
import org.warraq.pipeline.BuildOptions;
import org.warraq.pipeline.BuildResult;
import org.warraq.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code warraq build}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the site into site/ (or --out).",
                "Only pages whose inputs changed are written; a failed build leaves the previous site untouched."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: DIR/site.")
    Path out;

    @Option(names = "--clean", description = "Ignore the previous build and write every file.")
    boolean clean;

    @Option(names = "--timings", description = "Print how long each stage took.")
    boolean timings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path root = site.root.toAbsolutePath().normalize();
        BuildOptions options = new BuildOptions(root, out == null ? new SiteLayout(root).defaultOutput() : out.toAbsolutePath().normalize(),
                site.drafts, site.strict, site.threads, true, !clean);
        BuildResult result = Pipeline.build(options);
        if (!result.warnings().isEmpty()) {
            Failures.report(spec.commandLine().getErr(), result.warnings());
        }
        spec.commandLine().getOut().println(result.summary("built"));
        if (timings) {
            spec.commandLine().getOut().println("stages: " + result.timings());
        }
        return 0;
    }
}
