package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code home.ftlh}: the newest articles, paginated ({@code /}, {@code /page/2/}, …).
 *
 * @param site       the site
 * @param head       head metadata
 * @param items      the articles of this page
 * @param pagination where this page stands
 */
public record HomePage(SiteView site, Head head, List<ListItem> items, Pagination pagination) {
    public HomePage {
        items = List.copyOf(items);
    }
}
