package org.warraq.publish;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.warraq.config.FeedContent;
import org.warraq.config.Section;
import org.warraq.config.SiteConfig;
import org.warraq.config.Source;
import org.warraq.content.Article;
import org.warraq.index.GroupKind;
import org.warraq.plan.FeedPlan;
import org.warraq.routes.FeedFormat;
import org.warraq.routes.FeedScope;
import org.warraq.routes.Routes;

/**
 * Atom 1.0 (RFC 4287) and RSS 2.0 feeds. Every date comes from the content (a feed's updated time is its
 * newest entry's), so two builds of the same input give the same bytes. RSS dates are RFC 822 with
 * English names whatever the site's language; Atom dates are RFC 3339.
 */
public final class Feeds {
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final OffsetDateTime EPOCH = Instant.EPOCH.atOffset(ZoneOffset.UTC);

    private final SiteConfig config;
    private final Routes routes;
    private final String generatorVersion;

    public Feeds(SiteConfig config, Routes routes, String generatorVersion) {
        this.config = config;
        this.routes = routes;
        this.generatorVersion = generatorVersion;
    }

    /**
     * The feed {@code plan} describes, in its format.
     *
     * @param title   the feed's title
     * @param content the body of an entry (absolute links), used when the plan's entries carry whole articles
     */
    public byte[] feed(FeedPlan plan, String title, Function<Article, FeedBody> content) {
        return switch (plan.format()) {
            case ATOM -> atom(plan, title, content);
            case RSS -> rss(plan, title, content);
        };
    }

    private byte[] atom(FeedPlan plan, String title, Function<Article, FeedBody> content) {
        String self = routes.absolute(plan.route());
        String description = config.description();
        XmlOut x = new XmlOut();
        x.open("feed", "xmlns", "http://www.w3.org/2005/Atom", "xml:lang", config.language());
        x.text("id", self);
        x.text("title", title);
        if (!description.isEmpty()) {
            x.text("subtitle", description);
        }
        x.text("updated", rfc3339(newest(plan.entries())));
        x.empty("link", "rel", "self", "type", "application/atom+xml", "href", self);
        x.empty("link", "rel", "alternate", "type", "text/html", "href", routes.absolute(routes.feedPage(plan.scope())));
        x.open("author").text("name", config.title()).close();
        x.text("generator", "Warraq", "version", generatorVersion);
        for (FeedPlan.Entry entry : plan.entries()) {
            Article a = entry.article();
            String url = routes.absolute(routes.article(a));
            x.open("entry");
            x.text("id", url);
            x.text("title", a.title());
            x.empty("link", "rel", "alternate", "type", "text/html", "href", url);
            x.text("published", rfc3339(a.date()));
            x.text("updated", rfc3339(a.lastModified()));
            if (a.authors().isEmpty()) {
                x.open("author").text("name", fallbackAuthor(a)).close();
            }
            for (String author : a.authors()) {
                x.open("author").text("name", config.authorName(author));
                config.author(author).ifPresent(r -> x.text("uri", routes.absolute(routes.group(GroupKind.AUTHOR, r.slug(), 1))));
                x.close();
            }
            section(a).ifPresent(s -> x.empty("category", "term", s.name(), "scheme",
                    routes.absolute(routes.group(GroupKind.SECTION, s.slug(), 1))));
            for (org.warraq.content.TagName tag : a.tags()) {
                x.empty("category", "term", tag.name(), "scheme", routes.absolute(routes.group(GroupKind.TAG, tag.slug(), 1)));
            }
            if (!a.summary().isEmpty()) {
                x.text("summary", a.summary(), "type", "text");
            }
            if (plan.content() == FeedContent.FULL) {
                x.escaped("content", content.apply(a), "type", "html");
            }
            source(a).ifPresent(s -> {
                x.open("source");
                String page = s.url().orElse(routes.absolute(routes.group(GroupKind.SOURCE, s.slug(), 1)));
                x.text("id", page);
                x.text("title", s.name());
                x.empty("link", "rel", "alternate", "href", page);
                x.close();
            });
            x.close();
        }
        x.close();
        return x.finish();
    }

    /** RSS 2.0; full bodies go in {@code content:encoded}. */
    private byte[] rss(FeedPlan plan, String title, Function<Article, FeedBody> content) {
        String description = config.description();
        XmlOut x = new XmlOut();
        x.open("rss", "version", "2.0", "xmlns:atom", "http://www.w3.org/2005/Atom",
                "xmlns:dc", "http://purl.org/dc/elements/1.1/", "xmlns:content", "http://purl.org/rss/1.0/modules/content/");
        x.open("channel");
        x.text("title", title);
        x.text("link", routes.absolute(routes.feedPage(plan.scope())));
        x.text("description", description.isEmpty() ? title : description);
        x.text("language", config.language());
        x.text("lastBuildDate", rfc822(newest(plan.entries())));
        x.text("generator", "Warraq " + generatorVersion);
        x.empty("atom:link", "href", routes.absolute(plan.route()), "rel", "self", "type", "application/rss+xml");
        for (FeedPlan.Entry entry : plan.entries()) {
            Article a = entry.article();
            String url = routes.absolute(routes.article(a));
            x.open("item");
            x.text("title", a.title());
            x.text("link", url);
            x.text("guid", url, "isPermaLink", "true");
            x.text("pubDate", rfc822(a.date()));
            a.updated().ifPresent(t -> x.text("atom:updated", rfc3339(t)));
            if (a.authors().isEmpty()) {
                x.text("dc:creator", fallbackAuthor(a));
            }
            for (String author : a.authors()) {
                x.text("dc:creator", config.authorName(author));
            }
            section(a).ifPresent(s -> x.text("category", s.name()));
            for (org.warraq.content.TagName tag : a.tags()) {
                x.text("category", tag.name());
            }
            x.text("description", a.summary().isEmpty() ? a.title() : a.summary());
            if (plan.content() == FeedContent.FULL) {
                x.escaped("content:encoded", content.apply(a));
            }
            source(a).ifPresent(s -> x.text("source", s.name(), "url",
                    s.feed().or(s::url).orElse(routes.absolute(routes.feed(FeedFormat.ATOM, new FeedScope.Group(GroupKind.SOURCE, s.slug()))))));
            x.close();
        }
        x.close();
        x.close();
        return x.finish();
    }

    private java.util.Optional<Source> source(Article a) {
        return a.sourceId().map(config.sources()::get);
    }

    private java.util.Optional<Section> section(Article a) {
        return a.section().map(config.sections()::get);
    }

    /** Who an entry is by when its article names no author: its source, else the site. */
    private String fallbackAuthor(Article a) {
        return source(a).map(Source::name).orElse(config.title());
    }

    private static OffsetDateTime newest(List<FeedPlan.Entry> entries) {
        return entries.stream().map(e -> e.article().lastModified()).max(java.util.Comparator.naturalOrder()).orElse(EPOCH);
    }

    static String rfc3339(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String rfc822(OffsetDateTime t) {
        return t.format(RFC_822);
    }
}
