package org.warraq.render;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.warraq.content.Article;
import org.warraq.content.Body;
import org.warraq.content.BodySource;
import org.warraq.content.Embed;
import org.warraq.content.Links;
import org.warraq.content.Links.ImageSource;
import org.warraq.content.Markdown;
import org.warraq.diag.Problems;
import org.warraq.files.ContentPaths;
import org.warraq.plan.Picture;
import org.warraq.plan.SitePlan;
import org.warraq.publish.FeedBody;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;

/**
 * Article bodies, rendered when needed from what the load stage hands on ({@link BodySource}). Relative
 * references resolve to where the plan publishes other articles and files of {@code content/}. The feed form
 * of the bodies that appear in feeds ({@code inFeeds}, by content path) is kept from the page pass, escaped for
 * XML once, so feeds neither render nor escape them again. Embeds are written with the theme's words
 * ({@link EmbedMarkup}). Every rendered body is also handed to {@code rendered} (the search index reads the page
 * pass's bodies instead of rendering them again).
 */
final class Bodies {
    /**
     * How wide images in bodies are shown ({@code sizes}): the default theme's article column ({@code .story},
     * at most 44rem, 1rem of margin on each side on narrow screens). {@code article.ftlh} gives the lead image
     * the same value.
     */
    static final String BODY_SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";

    private final BodySource source;
    private final Markdown markdown;
    private final Routes routes;
    private final SitePlan plan;
    private final Set<String> inFeeds;
    private final BiConsumer<Article, Body> rendered;
    private final Map<String, FeedBody> feedHtml = new ConcurrentHashMap<>();
    private final EmbedMarkup embeds;

    Bodies(BodySource source, Markdown markdown, Routes routes, SitePlan plan, Set<String> inFeeds, EmbedMarkup embeds,
           BiConsumer<Article, Body> rendered) {
        this.embeds = embeds;
        this.source = source;
        this.markdown = markdown;
        this.routes = routes;
        this.plan = plan;
        this.inFeeds = inFeeds;
        this.rendered = rendered;
    }

    /** The rendered body of {@code article}; empty (with problems added) when its file cannot be read. */
    Optional<Body> body(Article article, Problems problems) {
        Optional<BodySource.Text> text = source.read(article, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Body body = markdown.render(text.get().markdown(), article.file(), text.get().firstLine(), links(article), problems);
        if (inFeeds.contains(article.contentPath())) {
            feedHtml.put(article.contentPath(), FeedBody.of(body.feedHtml()));
        }
        rendered.accept(article, body);
        return Optional.of(body);
    }

    /** The body for feeds (absolute links), from the page pass when it was rendered there. */
    FeedBody forFeed(Article article, Problems problems) {
        FeedBody kept = feedHtml.get(article.contentPath());
        if (kept != null) {
            return kept;
        }
        Optional<Body> body = body(article, problems);
        kept = feedHtml.get(article.contentPath());
        return kept != null ? kept : FeedBody.of(body.map(Body::feedHtml).orElse(""));
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

            @Override
            public String embed(Embed embed) {
                return embeds.html(embed);
            }

            @Override
            public Optional<ImageSource> image(String reference, boolean feed) {
                return ContentPaths.resolve(folder, reference).flatMap(plan::pictureOf).map(p -> {
                    Picture.Variant file = p.fallback();
                    if (feed) {
                        return new ImageSource(routes.absolute(file.route()), null, null, file.width(), file.height());
                    }
                    return new ImageSource(routes.href(page, file.route()), p.srcset(to -> routes.href(page, to)),
                            BODY_SIZES, p.width(), p.height());
                });
            }
        };
    }

    private Optional<Route> target(String folder, String reference) {
        return ContentPaths.resolve(folder, reference).flatMap(plan::routeOf);
    }
}
