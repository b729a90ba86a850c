package org.warraq.plan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.warraq.config.SiteConfig;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;

/**
 * Plans {@code sitemap.xml} (split under a sitemap index past {@code sitemap_max_urls} URLs or 50 MB), the
 * Google News sitemap (articles within {@code news_window_hours} of the newest one, split past
 * {@code news_sitemap_max_urls}) and {@code robots.txt}, for the whole site: every edition's pages, each with its
 * versions in the other editions ({@code xhtml:link} alternates).
 */
final class SitemapPlanner implements PagePlan.Visitor<Optional<SitemapPlan.Entry>> {
    /** The sitemap protocol's size limit for one file, uncompressed. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final SiteConfig config;
    private final Routes routes;
    private final Map<String, List<Alternate>> alternates;

    /** The site's sitemaps: {@code routes} are the main edition's; pages of every edition are listed. */
    SitemapPlanner(SiteConfig config, Routes routes, Map<String, List<Alternate>> alternates) {
        this.config = config;
        this.routes = routes;
        this.alternates = alternates;
    }

    List<SitemapPlan> plan(List<PagePlan> pages, List<Teaser> newestFirst, boolean preview) {
        List<SitemapPlan.Entry> entries = new ArrayList<>();
        for (PagePlan page : pages) {
            page.accept(this).ifPresent(entries::add);
        }
        List<SitemapPlan> out = new ArrayList<>(sitemap(entries));
        out.addAll(news(newestFirst));
        out.add(new SitemapPlan.Robots(routes.robots(), List.of(routes.sitemap(), routes.newsSitemap()), preview));
        return out;
    }

    private List<SitemapPlan> sitemap(List<SitemapPlan.Entry> entries) {
        if (fitsInOne(entries)) {
            return List.of(new SitemapPlan.Urls(routes.sitemap(), entries));
        }
        List<List<SitemapPlan.Entry>> parts = new ArrayList<>();
        List<SitemapPlan.Entry> current = new ArrayList<>();
        long bytes = 0;
        for (SitemapPlan.Entry e : entries) {
            long size = 120 + Routes.urlPathLength(e.route()) + routes.absoluteLength(e.route());
            for (Alternate a : e.alternates()) {
                size += 80 + routes.absoluteLength(a.route());
            }
            if (current.size() >= config.sitemapMaxUrls() || bytes + size > MAX_BYTES - 1024) {
                parts.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(e);
            bytes += size;
        }
        parts.add(current);
        if (parts.size() == 1) {
            return List.of(new SitemapPlan.Urls(routes.sitemap(), parts.get(0)));
        }
        List<SitemapPlan> out = new ArrayList<>();
        out.add(index(routes.sitemap(), parts.stream().map(p -> p.stream().map(SitemapPlan.Entry::lastModified)
                .flatMap(Optional::stream).max(Comparator.naturalOrder())).toList(), routes::sitemapPart));
        for (int i = 0; i < parts.size(); i++) {
            out.add(new SitemapPlan.Urls(routes.sitemapPart(i + 1), parts.get(i)));
        }
        return out;
    }

    /**
     * Whether every entry surely fits in one file: few enough URLs, and even if every character of every path
     * took the most bytes percent-encoding can give it (9), less than the size limit. Spares the exact estimate
     * (below) on all but the largest sites.
     */
    private boolean fitsInOne(List<SitemapPlan.Entry> entries) {
        if (entries.size() > config.sitemapMaxUrls()) {
            return false;
        }
        long bound = 0;
        int base = routes.absoluteLength(routes.home(1));
        for (SitemapPlan.Entry e : entries) {
            bound += 120 + base + 2L * 9 * chars(e.route());
            for (Alternate a : e.alternates()) {
                bound += 80 + base + 9L * chars(a.route());
            }
        }
        return bound <= MAX_BYTES - 1024;
    }

    private static int chars(Route route) {
        int chars = route.segments().size() + 1;
        for (String segment : route.segments()) {
            chars += segment.length();
        }
        return chars;
    }

    private List<SitemapPlan> news(List<Teaser> newestFirst) {
        List<Teaser> recent = new ArrayList<>();
        if (!newestFirst.isEmpty()) {
            OffsetDateTime edge = newestFirst.get(0).date().minusHours(config.newsWindowHours());
            for (Teaser a : newestFirst) {
                if (a.date().isBefore(edge)) {
                    break;
                }
                recent.add(a);
            }
        }
        int limit = config.newsSitemapMaxUrls();
        List<List<Teaser>> parts = new ArrayList<>();
        for (int i = 0; i < recent.size(); i += limit) {
            parts.add(recent.subList(i, Math.min(recent.size(), i + limit)));
        }
        if (parts.size() <= 1) {
            return List.of(new SitemapPlan.News(routes.newsSitemap(), parts.isEmpty() ? List.of() : parts.get(0)));
        }
        List<SitemapPlan> out = new ArrayList<>();
        out.add(index(routes.newsSitemap(), parts.stream().map(p -> Optional.of(p.get(0).lastModified())).toList(),
                routes::newsSitemapPart));
        for (int i = 0; i < parts.size(); i++) {
            out.add(new SitemapPlan.News(routes.newsSitemapPart(i + 1), parts.get(i)));
        }
        return out;
    }

    private static SitemapPlan index(Route route, List<Optional<OffsetDateTime>> newest, IntFunction<Route> part) {
        List<SitemapPlan.Entry> parts = new ArrayList<>();
        for (int i = 0; i < newest.size(); i++) {
            parts.add(new SitemapPlan.Entry(part.apply(i + 1), newest.get(i), List.of()));
        }
        return new SitemapPlan.Index(route, parts);
    }

    // ---- which pages are in the sitemap, and when each last changed ----

    private Optional<SitemapPlan.Entry> entry(PagePlan page, Optional<OffsetDateTime> lastModified) {
        return Optional.of(new SitemapPlan.Entry(page.route(), Objects.requireNonNull(lastModified),
                alternates.getOrDefault(page.route().filePath(), List.of())));
    }

    @Override
    public Optional<SitemapPlan.Entry> article(PagePlan.ArticlePlan page) {
        return entry(page, Optional.of(page.article().lastModified()));
    }

    @Override
    public Optional<SitemapPlan.Entry> home(PagePlan.HomePlan page) {
        return entry(page, page.newest());
    }

    @Override
    public Optional<SitemapPlan.Entry> group(PagePlan.GroupPlan page) {
        return entry(page, page.slice().newest());
    }

    @Override
    public Optional<SitemapPlan.Entry> groups(PagePlan.GroupsPlan page) {
        return entry(page, page.newest());
    }

    @Override
    public Optional<SitemapPlan.Entry> archive(PagePlan.ArchivePlan page) {
        return entry(page, page.newest());
    }

    @Override
    public Optional<SitemapPlan.Entry> period(PagePlan.PeriodPlan page) {
        return entry(page, page.slice().newest());
    }

    @Override
    public Optional<SitemapPlan.Entry> notFound(PagePlan.NotFoundPlan page) {
        return Optional.empty();
    }

    @Override
    public Optional<SitemapPlan.Entry> redirect(PagePlan.RedirectPlan page) {
        return Optional.empty();
    }

    /** Search results are not pages to index: the search page stays out of the sitemap. */
    @Override
    public Optional<SitemapPlan.Entry> search(PagePlan.SearchPlan page) {
        return Optional.empty();
    }
}
