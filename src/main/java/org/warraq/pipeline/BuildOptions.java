package org.warraq.pipeline;

import java.nio.file.Path;
import org.warraq.files.SiteLayout;

/**
 * How to build.
 *
 * @param root        the site folder (site.yaml, content/, templates/)
 * @param out         where the site goes
 * @param drafts      include drafts
 * @param strict      warnings fail the build
 * @param threads     worker threads
 * @param write       false for {@code warraq check}: everything is rendered, nothing is written
 * @param incremental reuse the previous build's output where its inputs did not change
 */
public record BuildOptions(Path root, Path out, boolean drafts, boolean strict, int threads, boolean write,
                           boolean incremental) {

    public static BuildOptions defaults(Path root) {
        return new BuildOptions(root, new SiteLayout(root).defaultOutput(), false, false, Runtime.getRuntime().availableProcessors(),
                true, true);
    }

    public BuildOptions withOut(Path dir) {
        return new BuildOptions(root, dir, drafts, strict, threads, write, incremental);
    }

    public BuildOptions withDrafts(boolean on) {
        return new BuildOptions(root, out, on, strict, threads, write, incremental);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(root, out, drafts, strict, n, write, incremental);
    }

    public BuildOptions withIncremental(boolean on) {
        return new BuildOptions(root, out, drafts, strict, threads, write, on);
    }
}
