package org.warraq.pipeline;

import java.net.URI;
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
 * @param stages    wall time of each stage in milliseconds, in order
 * @param baseUrl   the site's base URL, as the build read it from site.yaml
 */
public record BuildResult(int articles, int drafts, int pages, int outputs, int written, int unchanged, int removed,
                          long millis, List<Problem> warnings, java.util.Map<String, Long> stages, URI baseUrl) {
    public BuildResult {
        warnings = List.copyOf(warnings);
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    /** e.g. "load 1.20 s, index 0.05 s, …". */
    public String timings() {
        StringBuilder out = new StringBuilder();
        stages.forEach((stage, ms) -> out.append(out.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.2f s", stage, ms / 1000.0)));
        return out.toString();
    }

    /** e.g. "checked 12 articles: 60 pages, 95 files, 0 warnings in 1.2 s". */
    public String checkSummary() {
        return String.format(Locale.ROOT, "checked %,d articles: %,d pages, %,d files, %,d warning%s in %.1f s",
                articles, pages, outputs, warnings.size(), warnings.size() == 1 ? "" : "s", millis / 1000.0);
    }

    /** e.g. "built 12 articles: 60 pages, 95 files (95 written, 0 unchanged, 0 removed) in 1.2 s". */
    public String summary(String verb) {
        return String.format(Locale.ROOT, "%s %,d articles: %,d pages, %,d files (%,d written, %,d unchanged, %,d removed) in %.1f s",
                verb, articles, pages, outputs, written, unchanged, removed, millis / 1000.0);
    }
}
