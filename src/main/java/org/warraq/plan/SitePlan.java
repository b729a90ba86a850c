package org.warraq.plan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warraq.routes.Route;

/**
 * What the plan stage hands to rendering: everything the site will contain, each file with its route.
 *
 * @param pages         every page, in a fixed order
 * @param feeds         every feed file
 * @param sitemaps      the sitemaps, the news sitemaps and robots.txt
 * @param copies        files published as they are
 * @param contentRoutes where each file of {@code content/} (article or not) is published, by content path:
 *                      what relative references in bodies resolve to
 * @param pictures      each image the site shows, by content path: what images in bodies print
 * @param shareImage    the site's image for social networks ({@code og_image}), shown by pages without their own
 */
public record SitePlan(List<PagePlan> pages, List<FeedPlan> feeds, List<SitemapPlan> sitemaps,
                       List<CopyPlan> copies, Map<String, Route> contentRoutes, Map<String, Picture> pictures,
                       Optional<ShareImage> shareImage) {
    public SitePlan {
        pages = List.copyOf(pages);
        feeds = List.copyOf(feeds);
        sitemaps = List.copyOf(sitemaps);
        copies = List.copyOf(copies);
        contentRoutes = Collections.unmodifiableMap(contentRoutes);
        pictures = Collections.unmodifiableMap(pictures);
    }

    /** The picture of the image at {@code contentPath}, if the site shows it. */
    public Optional<Picture> pictureOf(String contentPath) {
        return Optional.ofNullable(pictures.get(contentPath));
    }

    /** Where the file at {@code contentPath} below {@code content/} is published, if it is. */
    public Optional<Route> routeOf(String contentPath) {
        return Optional.ofNullable(contentRoutes.get(contentPath));
    }
}
