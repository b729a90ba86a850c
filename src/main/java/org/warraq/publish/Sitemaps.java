package org.warraq.publish;

import java.nio.charset.StandardCharsets;
import org.warraq.config.Edition;
import org.warraq.config.SiteConfig;
import org.warraq.plan.Alternate;
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
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

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

    /**
     * A {@code <urlset>}; a page with versions in other editions lists them all, itself included, as
     * {@code <xhtml:link rel="alternate" hreflang>} (then x-default: the main edition's), as search engines ask.
     */
    @Override
    public byte[] urls(SitemapPlan.Urls plan) {
        XmlOut x = new XmlOut();
        boolean translated = plan.entries().stream().anyMatch(e -> !e.alternates().isEmpty());
        if (translated) {
            x.open("urlset", "xmlns", SITEMAP_NS, "xmlns:xhtml", XHTML_NS);
        } else {
            x.open("urlset", "xmlns", SITEMAP_NS);
        }
        String main = config.editions().get(0).language();
        for (SitemapPlan.Entry e : plan.entries()) {
            x.open("url");
            x.text("loc", routes.absolute(e.route()));
            e.lastModified().ifPresent(t -> x.text("lastmod", Feeds.rfc3339(t)));
            for (Alternate a : e.alternates()) {
                x.empty("xhtml:link", "rel", "alternate", "hreflang", a.language(), "href", routes.absolute(a.route()));
            }
            e.alternates().stream().filter(a -> a.language().equals(main)).findFirst().ifPresent(a ->
                    x.empty("xhtml:link", "rel", "alternate", "hreflang", "x-default", "href", routes.absolute(a.route())));
            x.close();
        }
        x.close();
        return x.finish();
    }

    /** A Google News {@code <urlset>}: each article with its edition's publication name and language. */
    @Override
    public byte[] news(SitemapPlan.News plan) {
        XmlOut x = new XmlOut();
        x.open("urlset", "xmlns", SITEMAP_NS, "xmlns:news", NEWS_NS);
        for (Teaser a : plan.articles()) {
            Edition edition = config.edition(a.language()).orElse(config.edition());
            x.open("url");
            x.text("loc", routes.absolute(a.route()));
            x.open("news:news");
            x.open("news:publication");
            x.text("news:name", edition.newsName());
            x.text("news:language", edition.primaryLanguage());
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
