package org.warraq.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.warraq.routes.Route;

/** One file of the sitemaps: a list of URLs, an index of such lists, a news sitemap, or robots.txt. */
public sealed interface SitemapPlan {
    Route route();

    <R> R accept(Visitor<R> visitor);

    /** What every writer of sitemap files implements: one method per kind of file. */
    interface Visitor<R> {
        R urls(Urls file);

        R index(Index file);

        R news(News file);

        R robots(Robots file);
    }

    /**
     * A page of the site in a sitemap.
     *
     * @param alternates its versions in every edition that has it (itself included), or none
     */
    record Entry(Route route, Optional<OffsetDateTime> lastModified, List<Alternate> alternates) {
        public Entry {
            alternates = List.copyOf(alternates);
        }
    }

    /** A {@code <urlset>} of pages. */
    record Urls(Route route, List<Entry> entries) implements SitemapPlan {
        public Urls {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.urls(this);
        }
    }

    /** A {@code <sitemapindex>} of parts, each with the newest change it lists. */
    record Index(Route route, List<Entry> parts) implements SitemapPlan {
        public Index {
            parts = List.copyOf(parts);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.index(this);
        }
    }

    /** A Google News {@code <urlset>} of recent articles, newest first. */
    record News(Route route, List<Teaser> articles) implements SitemapPlan {
        public News {
            articles = List.copyOf(articles);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.news(this);
        }
    }

    /**
     * {@code robots.txt}, naming the sitemaps.
     *
     * @param disallowAll whether it keeps every crawler out (a build with drafts)
     */
    record Robots(Route route, List<Route> sitemaps, boolean disallowAll) implements SitemapPlan {
        public Robots {
            sitemaps = List.copyOf(sitemaps);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.robots(this);
        }
    }
}
