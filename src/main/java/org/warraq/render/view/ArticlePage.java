package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code article.ftlh}.
 *
 * @param site        the site
 * @param head        head metadata
 * @param article     the article
 * @param older       the article published before it, or null
 * @param newer       the article published after it, or null
 * @param breadcrumbs home › year › month › day
 */
public record ArticlePage(SiteView site, Head head, ArticleView article, ArticleLink older, ArticleLink newer,
                          List<Link> breadcrumbs) {
    public ArticlePage {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
