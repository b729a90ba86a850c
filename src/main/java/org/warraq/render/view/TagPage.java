package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code tag.ftlh}: one tag's articles.
 *
 * @param site        the site
 * @param head        head metadata
 * @param name        the tag
 * @param count       number of articles with the tag
 * @param countText   the count in the site's digits
 * @param items       the articles of this page
 * @param pagination  where this page stands
 * @param feedUrl     href of the tag's Atom feed
 * @param breadcrumbs home › tags › this tag
 */
public record TagPage(SiteView site, Head head, String name, int count, String countText, List<ListItem> items,
                      Pagination pagination, String feedUrl, List<Link> breadcrumbs) {
    public TagPage {
        items = List.copyOf(items);
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
