package org.warraq.build;

import java.util.List;
import java.util.Locale;
import org.warraq.diag.Problem;

/**
 * What a build did.
 *
 * @param articles  articles published
 * @param drafts    drafts left out
 * @param pages     HTML pages in the site
 * @param outputs   files in the site (pages, feeds, sitemaps, assets, copied files)
 * @param written   files written by this build
 * @param unchanged files kept from the previous build
 * @param removed   files removed because their page is gone
 * @param millis    wall time
 * @param warnings  warnings (problems that did not stop the build)
 */
public record BuildResult(int articles, int drafts, int pages, int outputs, int written, int unchanged, int removed,
                          long millis, List<Problem> warnings) {
    public BuildResult {
        warnings = List.copyOf(warnings);
    }

    /** e.g. "built 12 articles: 60 pages, 95 files (95 written, 0 unchanged, 0 removed) in 1.2 s". */
    public String summary(String verb) {
        return String.format(Locale.ROOT, "%s %,d articles: %,d pages, %,d files (%,d written, %,d unchanged, %,d removed) in %.1f s",
                verb, articles, pages, outputs, written, unchanged, removed, millis / 1000.0);
    }
}
