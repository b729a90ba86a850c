package org.warraq.publish;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.config.SiteConfig;
import org.warraq.content.Article;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;

/**
 * {@code sitemap.xml} (split under a sitemap index past {@code sitemap_max_urls} URLs or 50 MB),
 * {@code news-sitemap.xml} for Google News (articles within {@code news_window_hours} of the newest
 * one, split past {@code news_sitemap_max_urls}), and {@code robots.txt}.
 */
public final class Sitemaps {
    /** The sitemap protocol's size limit for one file, uncompressed. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private final SiteConfig config;
    private final Routes routes;

    /** One page of the site for the sitemap. */
    public record Entry(Route route, OffsetDateTime lastModified) {
    }

    public Sitemaps(SiteConfig config, Routes routes) {
        this.config = config;
        this.routes = routes;
    }

    /** All sitemap files by output route: one file, or an index and its parts. */
    public Map<Route, byte[]> sitemap(List<Entry> entries) {
        List<List<Entry>> parts = new ArrayList<>();
        List<byte[]> files = new ArrayList<>();
        List<Entry> current = new ArrayList<>();
        long bytes = 0;
        for (Entry e : entries) {
            long size = 120 + e.route().urlPath().length() + routes.absolute(e.route()).length();
            if (current.size() >= config.sitemapMaxUrls() || bytes + size > MAX_BYTES - 1024) {
                parts.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(e);
            bytes += size;
        }
        parts.add(current);
        for (List<Entry> part : parts) {
            files.add(urlset(part));
        }
        Map<Route, byte[]> out = new LinkedHashMap<>();
        if (files.size() == 1) {
            out.put(routes.sitemap(), files.get(0));
            return out;
        }
        List<OffsetDateTime> newest = parts.stream().map(Sitemaps::newest).toList();
        out.put(routes.sitemap(), index(files.size(), newest, routes::sitemapPart));
        for (int i = 0; i < files.size(); i++) {
            out.put(routes.sitemapPart(i + 1), files.get(i));
        }
        return out;
    }

    /** The Google News sitemap(s): articles newest first within the window before the newest article. */
    public Map<Route, byte[]> news(List<Article> newestFirst) {
        List<Article> recent = new ArrayList<>();
        if (!newestFirst.isEmpty()) {
            OffsetDateTime edge = newestFirst.get(0).date().minusHours(config.newsWindowHours());
            for (Article a : newestFirst) {
                if (a.date().isBefore(edge)) {
                    break;
                }
                recent.add(a);
            }
        }
        int limit = config.newsSitemapMaxUrls();
        List<List<Article>> parts = new ArrayList<>();
        for (int i = 0; i < recent.size(); i += limit) {
            parts.add(recent.subList(i, Math.min(recent.size(), i + limit)));
        }
        Map<Route, byte[]> out = new LinkedHashMap<>();
        if (parts.size() <= 1) {
            out.put(routes.newsSitemap(), newsUrlset(parts.isEmpty() ? List.of() : parts.get(0)));
            return out;
        }
        List<OffsetDateTime> newest = parts.stream().map(p -> p.get(0).lastModified()).toList();
        out.put(routes.newsSitemap(), index(parts.size(), newest, routes::newsSitemapPart));
        for (int i = 0; i < parts.size(); i++) {
            out.put(routes.newsSitemapPart(i + 1), newsUrlset(parts.get(i)));
        }
        return out;
    }

    public byte[] robots() {
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + routes.absolute(routes.sitemap()) + "\nSitemap: "
                + routes.absolute(routes.newsSitemap()) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] urlset(List<Entry> entries) {
        XmlOut x = new XmlOut();
        x.open("urlset", "xmlns", SITEMAP_NS);
        for (Entry e : entries) {
            x.open("url");
            x.text("loc", routes.absolute(e.route()));
            if (e.lastModified() != null) {
                x.text("lastmod", Feeds.rfc3339(e.lastModified()));
            }
            x.close();
        }
        x.close();
        return x.finish();
    }

    private byte[] newsUrlset(List<Article> articles) {
        String language = config.language().split("-")[0].toLowerCase(java.util.Locale.ROOT);
        XmlOut x = new XmlOut();
        x.open("urlset", "xmlns", SITEMAP_NS, "xmlns:news", NEWS_NS);
        for (Article a : articles) {
            x.open("url");
            x.text("loc", routes.absolute(routes.article(a)));
            x.open("news:news");
            x.open("news:publication");
            x.text("news:name", config.newsName());
            x.text("news:language", language);
            x.close();
            x.text("news:publication_date", Feeds.rfc3339(a.date()));
            x.text("news:title", a.title());
            x.close();
            x.close();
        }
        x.close();
        return x.finish();
    }

    private byte[] index(int parts, List<OffsetDateTime> newest, java.util.function.IntFunction<Route> part) {
        XmlOut x = new XmlOut();
        x.open("sitemapindex", "xmlns", SITEMAP_NS);
        for (int i = 0; i < parts; i++) {
            x.open("sitemap");
            x.text("loc", routes.absolute(part.apply(i + 1)));
            if (newest.get(i) != null) {
                x.text("lastmod", Feeds.rfc3339(newest.get(i)));
            }
            x.close();
        }
        x.close();
        return x.finish();
    }

    private static OffsetDateTime newest(List<Entry> entries) {
        return entries.stream().map(Entry::lastModified).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(null);
    }
}
