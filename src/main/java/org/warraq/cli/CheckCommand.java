package org.warraq.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warraq.files.SiteLayout;
import org.warraq.pipeline.BuildOptions;
import org.warraq.pipeline.BuildResult;
import org.warraq.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/** {@code warraq check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Load, index and render the whole site without writing anything; report every problem.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path root = site.root.toAbsolutePath().normalize();
        BuildOptions options = new BuildOptions(root, new SiteLayout(root).defaultOutput(), site.drafts, site.strict, site.threads,
                false, false);
        BuildResult result = Pipeline.build(options);
        if (!result.warnings().isEmpty()) {
            Failures.report(spec.commandLine().getErr(), result.warnings());
        }
        spec.commandLine().getOut().println(result.checkSummary());
        return 0;
    }
}
