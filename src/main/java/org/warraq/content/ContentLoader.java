package org.warraq.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warraq.config.SiteConfig;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.Problems;
import org.warraq.files.SiteLayout;
import org.warraq.media.ImageFacts;
import org.warraq.media.Imaging;
import org.warraq.util.Workers;

/** The load stage: every article of {@code content/} read in parallel, all problems collected. */
public final class ContentLoader {
    private ContentLoader() {
    }

    /**
     * Loads every article of the site at {@code root} and stamps the other files; files unchanged since
     * {@code cache} saw them are not read again. The cache is updated (not saved) with what was read. The
     * images the articles show are probed with {@code imaging}.
     */
    public static Content load(SiteConfig config, Path root, Markdown markdown, boolean includeDrafts, Workers workers,
                               Problems problems, ArticleCache cache, Imaging imaging) {
        Path contentDir = new SiteLayout(root).content();
        ArticleReader reader = new ArticleReader(config, contentDir, SiteLayout.CONTENT, markdown);
        if (!Files.isDirectory(contentDir)) {
            throw BuildFailure.config(SiteLayout.CONTENT, "no content/ folder in " + root.toAbsolutePath().normalize(),
                    "articles go in content/, e.g. content/2024/my-story.md");
        }
        ContentScanner.Scan scan = ContentScanner.scan(contentDir, SiteLayout.CONTENT, problems);
        cache.retain(scan.articles(), scan.files());
        List<ArticleReader.Result> results = workers.map(scan.articles(), path -> cache.get(contentDir, path, reader::read));
        List<Article> articles = new ArrayList<>(results.size());
        int drafts = 0;
        for (ArticleReader.Result result : results) {
            problems.addAll(result.problems());
            if (result.article().isPresent()) {
                Article article = result.article().get();
                if (article.draft() && !includeDrafts) {
                    drafts++;
                } else {
                    articles.add(article);
                }
            }
        }
        PublishedFiles.Checked files = PublishedFiles.check(config, contentDir, scan.files(), problems);
        List<String> stamps = workers.map(files.files(), path -> cache.fileStamp(contentDir, path));
        Map<String, String> stampOf = new HashMap<>();
        for (int i = 0; i < stamps.size(); i++) {
            stampOf.put(files.files().get(i), stamps.get(i));
        }
        Map<String, ImageFacts> images = ContentImages.probe(config, articles, files.files(), imaging, reader, workers, problems);
        return new Content(contentDir, articles, files.files(), stampOf, files.cleaned(), drafts, reader::body, includeDrafts,
                images);
    }
}
