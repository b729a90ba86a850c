package org.warraq.plan;

import java.util.List;

/**
 * The pages and feeds of one edition, planned with the edition's settings and routes.
 *
 * @param language the edition's language tag
 * @param pages    its pages, in a fixed order
 * @param feeds    its feed files
 */
public record EditionPlan(String language, List<PagePlan> pages, List<FeedPlan> feeds) {
    public EditionPlan {
        pages = List.copyOf(pages);
        feeds = List.copyOf(feeds);
    }
}
