package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code source.ftlh}: one source, its notice and its articles.
 *
 * @param site        the site
 * @param head        head metadata
 * @param source      the source (its url is this page)
 * @param count       number of its articles
 * @param countText   the count in the site's digits
 * @param items       the articles of this page
 * @param pagination  where this page stands
 * @param feedUrl     href of the source's Atom feed
 * @param breadcrumbs home › sources › this source
 */
public record SourcePage(SiteView site, Head head, SourceView source, int count, String countText,
                         List<ListItem> items, Pagination pagination, String feedUrl, List<Link> breadcrumbs) {
    public SourcePage {
        items = List.copyOf(items);
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
