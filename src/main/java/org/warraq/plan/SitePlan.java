package org.warraq.plan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warraq.routes.Route;

/**
 * What the plan stage hands to rendering: everything the site will contain, each file with its route.
 *
 * @param editions      each edition's pages and feeds, the main edition first
 * @param sitemaps      the sitemaps, the news sitemaps and robots.txt (the site's, over every edition)
 * @param copies        files published as they are
 * @param contentRoutes where each file of {@code content/} (article or not) is published, by content path:
 *                      what relative references in bodies resolve to
 * @param alternates    the versions of a page in every edition that has it (itself included), by the page's
 *                      file path; pages without translations are absent
 */
public record SitePlan(List<EditionPlan> editions, List<SitemapPlan> sitemaps, List<CopyPlan> copies,
                       Map<String, Route> contentRoutes, Map<String, List<Alternate>> alternates) {
    public SitePlan {
        editions = List.copyOf(editions);
        sitemaps = List.copyOf(sitemaps);
        copies = List.copyOf(copies);
        contentRoutes = Collections.unmodifiableMap(contentRoutes);
        alternates = Map.copyOf(alternates);
    }

    /** Every page of every edition. */
    public List<PagePlan> pages() {
        return editions.stream().flatMap(e -> e.pages().stream()).toList();
    }

    /** Every feed of every edition. */
    public List<FeedPlan> feeds() {
        return editions.stream().flatMap(e -> e.feeds().stream()).toList();
    }

    /** Where the file at {@code contentPath} below {@code content/} is published, if it is. */
    public Optional<Route> routeOf(String contentPath) {
        return Optional.ofNullable(contentRoutes.get(contentPath));
    }

    /** The versions of the page at {@code route} in the editions that have it; empty when it has no translation. */
    public List<Alternate> alternates(Route route) {
        return alternates.getOrDefault(route.filePath(), List.of());
    }
}
