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
 * @param pictures      each image the site shows, by content path: what images in bodies print
 * @param shareImage    the site's image for social networks ({@code og_image}), shown by pages without their own
 */
public record SitePlan(List<EditionPlan> editions, List<SitemapPlan> sitemaps, List<CopyPlan> copies,
                       Map<String, Route> contentRoutes, Map<String, List<Alternate>> alternates,
                       Map<String, Picture> pictures, Optional<ShareImage> shareImage) {
    public SitePlan {
        editions = List.copyOf(editions);
        sitemaps = List.copyOf(sitemaps);
        copies = List.copyOf(copies);
        contentRoutes = Collections.unmodifiableMap(contentRoutes);
        alternates = Map.copyOf(alternates);
        pictures = Collections.unmodifiableMap(pictures);
    }

    /** Every page of every edition. */
    public List<PagePlan> pages() {
        return editions.stream().flatMap(e -> e.pages().stream()).toList();
    }

    /** Every feed of every edition. */
    public List<FeedPlan> feeds() {
        return editions.stream().flatMap(e -> e.feeds().stream()).toList();
    }

    /** The files of every edition's search index (none when the site has no search). */
    public List<SearchIndexPlan> search() {
        return editions.stream().flatMap(e -> e.search().stream()).toList();
    }

    /** The picture of the image at {@code contentPath}, if the site shows it. */
    public Optional<Picture> pictureOf(String contentPath) {
        return Optional.ofNullable(pictures.get(contentPath));
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
