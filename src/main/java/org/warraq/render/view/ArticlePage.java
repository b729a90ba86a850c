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
 * @param breadcrumbs home › section › the article when it is in a section, else home › archive › year › month ›
 *                    day
 * @param related     the stories related to it (sharing its section or rare tags), best first; may be empty
 */
public record ArticlePage(SiteView site, Head head, ArticleView article, ArticleLink older, ArticleLink newer,
                          List<Link> breadcrumbs, List<ListItem> related) {
    public ArticlePage {
        breadcrumbs = List.copyOf(breadcrumbs);
        related = List.copyOf(related);
    }
}
