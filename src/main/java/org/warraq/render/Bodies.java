package org.warraq.render;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.warraq.content.Article;
import org.warraq.content.ArticleReader;
import org.warraq.content.Body;
import org.warraq.content.ContentPaths;
import org.warraq.content.Links;
import org.warraq.content.Markdown;
import org.warraq.diag.Problems;
import org.warraq.index.SiteIndex;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;

/**
 * Article bodies, rendered from their files when needed (they are not kept after loading). Relative
 * references resolve to other articles' pages and to files of {@code content/}. The feed form of the
 * bodies that appear in feeds ({@code inFeeds}, by content path) is kept from the page pass, so feeds do
 * not render them twice.
 */
public final class Bodies {
    private final ArticleReader reader;
    private final Markdown markdown;
    private final Routes routes;
    private final SiteIndex index;
    private final Set<String> files;
    private final Set<String> inFeeds;
    private final Map<String, String> feedHtml = new ConcurrentHashMap<>();

    public Bodies(ArticleReader reader, Markdown markdown, Routes routes, SiteIndex index, Set<String> files,
                  Set<String> inFeeds) {
        this.reader = reader;
        this.markdown = markdown;
        this.routes = routes;
        this.index = index;
        this.files = files;
        this.inFeeds = inFeeds;
    }

    /** The rendered body of {@code article}; empty (with problems added) when its file cannot be read. */
    public Optional<Body> body(Article article, Problems problems) {
        Optional<ArticleReader.BodySource> source = reader.body(article, problems);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Body body = markdown.render(source.get().body(), article.file(), source.get().bodyLine(), links(article), problems);
        if (inFeeds.contains(article.contentPath())) {
            feedHtml.put(article.contentPath(), body.feedHtml());
        }
        return Optional.of(body);
    }

    /** The body for feeds (absolute links), from the page pass when it was rendered there. */
    public String forFeed(Article article, Problems problems) {
        String kept = feedHtml.get(article.contentPath());
        if (kept != null) {
            return kept;
        }
        return body(article, problems).map(Body::feedHtml).orElse("");
    }

    /**
     * What the article's relative references resolve to now; part of its page's fingerprint, so the page is
     * rendered again when a page or file it links to appears, moves or disappears.
     */
    public String linkKey(Article article) {
        if (article.references().isEmpty()) {
            return "";
        }
        String folder = ContentPaths.folder(article.contentPath());
        StringBuilder key = new StringBuilder();
        for (String reference : article.references()) {
            key.append(target(folder, ContentPaths.pathOf(reference)).map(Route::filePath).orElse("-")).append('\n');
        }
        return key.toString();
    }

    private Links links(Article article) {
        Route page = routes.article(article);
        String folder = ContentPaths.folder(article.contentPath());
        return new Links() {
            @Override
            public Optional<String> onPage(String reference) {
                return target(folder, reference).map(to -> routes.href(page, to));
            }

            @Override
            public Optional<String> absolute(String reference) {
                return target(folder, reference).map(routes::absolute);
            }
        };
    }

    private Optional<Route> target(String folder, String reference) {
        Optional<String> path = ContentPaths.resolve(folder, reference);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Optional<Article> other = index.byContentPath(path.get());
        if (other.isPresent()) {
            return Optional.of(routes.article(other.get()));
        }
        return files.contains(path.get()) ? Optional.of(routes.contentFile(path.get())) : Optional.empty();
    }
}
