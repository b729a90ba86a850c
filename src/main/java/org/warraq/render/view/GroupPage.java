package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code tag.ftlh} and {@code source.ftlh}: one group's articles, paginated.
 *
 * @param site        the site
 * @param head        head metadata
 * @param group       the group (its url is this page's first page)
 * @param count       number of its articles
 * @param countText   the count in the site's digits
 * @param items       the articles of this page
 * @param pagination  where this page stands
 * @param feedUrl     href of the group's Atom feed
 * @param breadcrumbs home › the overview › this group
 */
public record GroupPage(SiteView site, Head head, GroupView group, int count, String countText,
                        List<ListItem> items, Pagination pagination, String feedUrl, List<Link> breadcrumbs) {
    public GroupPage {
        items = List.copyOf(items);
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
