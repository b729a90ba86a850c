package org.warraq.plan;

import java.util.List;

/**
 * The pages, feeds and search index of one edition, planned with the edition's settings and routes.
 *
 * @param language the edition's language tag
 * @param pages    its pages, in a fixed order
 * @param feeds    its feed files
 * @param search   its search index's files, under its own {@code search/} (none when the site has no search)
 */
public record EditionPlan(String language, List<PagePlan> pages, List<FeedPlan> feeds, List<SearchIndexPlan> search) {
    public EditionPlan {
        pages = List.copyOf(pages);
        feeds = List.copyOf(feeds);
        search = List.copyOf(search);
    }
}
