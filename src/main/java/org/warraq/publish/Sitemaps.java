package org.warraq.publish;

import java.nio.charset.StandardCharsets;
import org.warraq.config.SiteConfig;
import org.warraq.plan.SitemapPlan;
import org.warraq.plan.Teaser;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;

/**
 * Writes the files of the sitemaps as planned: {@code <urlset>}s, {@code <sitemapindex>}es, Google News
 * {@code <urlset>}s and {@code robots.txt}.
 */
public final class Sitemaps implements SitemapPlan.Visitor<byte[]> {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private final SiteConfig config;
    private final Routes routes;

    public Sitemaps(SiteConfig config, Routes routes) {
        this.config = config;
        this.routes = routes;
    }

    /** The bytes of the file {@code plan} describes. */
    public byte[] write(SitemapPlan plan) {
        return plan.accept(this);
    }

    @Override
    public byte[] robots(SitemapPlan.Robots plan) {
        StringBuilder text = new StringBuilder(plan.disallowAll() ? "User-agent: *\nDisallow: /\n\n" : "User-agent: *\nAllow: /\n\n");
        for (Route sitemap : plan.sitemaps()) {
            text.append("Sitemap: ").append(routes.absolute(sitemap)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] urls(SitemapPlan.Urls plan) {
        XmlOut x = new XmlOut();
        x.open("urlset", "xmlns", SITEMAP_NS);
        for (SitemapPlan.Entry e : plan.entries()) {
            x.open("url");
            x.text("loc", routes.absolute(e.route()));
            e.lastModified().ifPresent(t -> x.text("lastmod", Feeds.rfc3339(t)));
            x.close();
        }
        x.close();
        return x.finish();
    }

    @Override
    public byte[] news(SitemapPlan.News plan) {
        String language = config.language().split("-")[0].toLowerCase(java.util.Locale.ROOT);
        XmlOut x = new XmlOut();
        x.open("urlset", "xmlns", SITEMAP_NS, "xmlns:news", NEWS_NS);
        for (Teaser a : plan.articles()) {
            x.open("url");
            x.text("loc", routes.absolute(a.route()));
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

    @Override
    public byte[] index(SitemapPlan.Index plan) {
        XmlOut x = new XmlOut();
        x.open("sitemapindex", "xmlns", SITEMAP_NS);
        for (SitemapPlan.Entry part : plan.parts()) {
            x.open("sitemap");
            x.text("loc", routes.absolute(part.route()));
            part.lastModified().ifPresent(t -> x.text("lastmod", Feeds.rfc3339(t)));
            x.close();
        }
        x.close();
        return x.finish();
    }
}
