package org.warraq.routes;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.warraq.config.SiteConfig;
import org.warraq.content.Alias;
import org.warraq.content.Article;
import org.warraq.index.GroupKind;
import org.warraq.index.Period;

/**
 * The URL scheme, in one place. Every route of the site comes from here, and so does every link:
 * {@link #href} makes links relative to the page they are on (so a site works under any base path and
 * from disk), {@link #absolute} makes the absolute URLs feeds, sitemaps and canonical links need.
 *
 * <pre>
 * /  /page/2/                       home
 * /2024/02/26/slug/                 article
 * /2024/  /2024/02/  /2024/02/26/   year, month, day archives (each with /page/N/)
 * /archive/  /tags/  /sources/  /sections/  /authors/       overviews
 * /tags/slug/  /sources/slug/  /sections/slug/  /authors/slug/   one group (with /page/N/, feed.xml, rss.xml)
 * any old path an article lists in aliases:                    a redirect page to it
 * /search/                          the search page; its index below it (index.json, t/, p/, d/)
 * /feed.xml  /rss.xml  /sitemap.xml  /news-sitemap.xml  /robots.txt  /404.html  /assets/...
 * </pre>
 *
 * <p>An edition other than the main one has the same pages and feeds under its folder ({@code /fr/},
 * {@code /fr/2024/02/26/slug/}, {@code /fr/feed.xml}, {@code /fr/404.html}, {@code /fr/search/} and its index); the
 * sitemaps, robots.txt, the theme's assets and the files of {@code content/} are the site's, at the root.
 */
public final class Routes {
    private final String base;
    private final String basePath;
    private final java.time.ZoneId zone;
    private final List<String> edition;
    private final java.util.Map<String, String> encoded = new java.util.concurrent.ConcurrentHashMap<>();

    /** The routes of {@code config}'s edition. */
    public Routes(SiteConfig config) {
        this(config.baseUrl(), config.timezone(), config.edition().path());
    }

    /** The routes of the edition whose folder is {@code edition} ("" for the main edition). */
    public Routes(URI baseUrl, java.time.ZoneId zone, String edition) {
        this.base = baseUrl.toString();
        this.basePath = baseUrl.getRawPath();
        this.zone = zone;
        this.edition = edition.isEmpty() ? List.of() : List.of(edition);
    }

    public Route home(int page) {
        return paged(List.of(), page);
    }

    public Route article(Article article) {
        LocalDate day = article.day(zone);
        return page(List.of(year(day.getYear()), two(day.getMonthValue()), two(day.getDayOfMonth()), article.slug()));
    }

    public Route year(int year, int page) {
        return paged(List.of(year(year)), page);
    }

    public Route month(YearMonth month, int page) {
        return paged(List.of(year(month.getYear()), two(month.getMonthValue())), page);
    }

    public Route day(LocalDate day, int page) {
        return paged(List.of(year(day.getYear()), two(day.getMonthValue()), two(day.getDayOfMonth())), page);
    }

    public Route archive() {
        return page(List.of("archive"));
    }

    /** A period of the date archive: year, month or day. */
    public Route period(Period period, int page) {
        return switch (period.kind()) {
            case YEAR -> year(period.year(), page);
            case MONTH -> month(period.month(), page);
            case DAY -> day(period.start(), page);
        };
    }

    /** The overview of a kind of group: {@code /tags/}, {@code /sources/}, {@code /sections/}, {@code /authors/}. */
    public Route groups(GroupKind kind) {
        return page(List.of(segment(kind)));
    }

    /** One group's page: {@code /tags/<slug>/}, {@code /sources/<slug>/page/2/}. */
    public Route group(GroupKind kind, String slug, int page) {
        return paged(List.of(segment(kind), slug), page);
    }

    private static String segment(GroupKind kind) {
        return switch (kind) {
            case TAG -> "tags";
            case SOURCE -> "sources";
            case SECTION -> "sections";
            case AUTHOR -> "authors";
        };
    }

    /** The redirect page at an article's old address: {@code old/slug/index.html}, or the file {@code old/path.html}. */
    public Route alias(Alias alias) {
        return new Route(alias.segments(), alias.page());
    }

    /**
     * The site's root, whatever the edition: what the paths in search result files ({@link Route#urlPath}) start
     * from.
     */
    public Route root() {
        return new Route(List.of(), true);
    }

    /** This edition's search page; its search index's files are below its folder ({@link #searchFile}). */
    public Route search() {
        return page(List.of("search"));
    }

    /** A file of this edition's search index, e.g. "index.json", "t/62d.json" below its {@code search/}. */
    public Route searchFile(String path) {
        return search().sibling(path);
    }

    public Route notFound() {
        return file(List.of(NOT_FOUND));
    }

    /** A feed: {@code /feed.xml}, {@code /tags/<slug>/rss.xml}… */
    public Route feed(FeedFormat format, FeedScope scope) {
        if (scope instanceof FeedScope.Group g) {
            return file(List.of(segment(g.kind()), g.slug(), format.fileName()));
        }
        return file(List.of(format.fileName()));
    }

    /** The page a feed's articles are listed on: the home page, or the group's first page. */
    public Route feedPage(FeedScope scope) {
        return scope instanceof FeedScope.Group g ? group(g.kind(), g.slug(), 1) : home(1);
    }

    public Route sitemap() {
        return Route.file("sitemap.xml");
    }

    /** Part {@code n} (1-based) of a sitemap split under an index. */
    public Route sitemapPart(int n) {
        return Route.file("sitemap-" + n + ".xml");
    }

    public Route newsSitemap() {
        return Route.file("news-sitemap.xml");
    }

    public Route newsSitemapPart(int n) {
        return Route.file("news-sitemap-" + n + ".xml");
    }

    public Route robots() {
        return Route.file("robots.txt");
    }

    /** A theme asset, e.g. "style.css" gives /assets/style.css. */
    public Route asset(String path) {
        List<String> segments = new ArrayList<>();
        segments.add("assets");
        segments.addAll(List.of(path.split("/")));
        return Route.file(segments);
    }

    /** A non-Markdown file of content/, published at the same relative path. */
    public Route contentFile(String contentPath) {
        return Route.file(List.of(contentPath.split("/")));
    }

    /**
     * A smaller copy of a content image, beside it: {@code 2024/02/photo.jpg} at 960 px with content tag
     * {@code 1a2b3c4d5e} is {@code 2024/02/photo-960w-1a2b3c4d5e.jpg}. The tag changes with the image, so a
     * replaced photo gets new URLs and no cache shows the old one.
     */
    public Route imageVariant(String contentPath, int width, String tag, String extension) {
        List<String> segments = new ArrayList<>(List.of(contentPath.split("/")));
        String name = segments.remove(segments.size() - 1);
        int dot = name.lastIndexOf('.');
        segments.add((dot > 0 ? name.substring(0, dot) : name) + "-" + width + "w-" + tag + "." + extension);
        return Route.file(segments);
    }

    /** The absolute URL of a route: base URL + encoded path. */
    public String absolute(Route route) {
        return base + urlPath(route);
    }

    /** The length of {@link #absolute}'s result, computed without encoding anything (for size estimates). */
    public int absoluteLength(Route route) {
        return base.length() + urlPathLength(route);
    }

    /** The length of {@link Route#urlPath()}, computed without encoding anything. */
    public static int urlPathLength(Route route) {
        List<String> segments = route.segments();
        int n = Math.max(0, segments.size() - 1) + (route.page() && !segments.isEmpty() ? 1 : 0);
        for (String segment : segments) {
            n += UrlEncoding.length(segment);
        }
        return n;
    }

    /** The path from the host's root: base path + encoded path (for 404.html, served at any depth). */
    public String rooted(Route route) {
        return basePath + urlPath(route);
    }

    /** {@link Route#urlPath()}, with each segment's encoding computed once per build. */
    private String urlPath(Route route) {
        return route.urlPath(this::encode);
    }

    private String encode(String segment) {
        return encoded.computeIfAbsent(segment, UrlEncoding::segment);
    }

    /**
     * A link from the page at {@code from} to {@code to}: relative ("../../tags/x/") so the site works under
     * any base path; rooted when {@code from} is the 404 page, which servers show at any URL.
     */
    public String href(Route from, Route to) {
        if (!from.page() && from.segments().get(from.segments().size() - 1).equals(NOT_FOUND)
                && from.segments().size() <= 2) {
            return rooted(to);
        }
        List<String> here = from.folder();
        List<String> there = to.segments();
        int common = 0;
        int limit = Math.min(here.size(), to.page() ? there.size() : there.size() - 1);
        while (common < limit && here.get(common).equals(there.get(common))) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < here.size(); i++) {
            out.append("../");
        }
        for (int i = common; i < there.size(); i++) {
            out.append(encode(there.get(i)));
            if (i < there.size() - 1 || to.page()) {
                out.append('/');
            }
        }
        return out.length() == 0 ? "./" : out.toString();
    }

    private static final String NOT_FOUND = "404.html";

    private Route paged(List<String> segments, int page) {
        List<String> all = new ArrayList<>(segments);
        if (page > 1) {
            all.add("page");
            all.add(Integer.toString(page));
        }
        return page(all);
    }

    /** A page of this edition: under its folder. */
    private Route page(List<String> segments) {
        return new Route(inEdition(segments), true);
    }

    /** A file of this edition (a feed, its 404 page): under its folder. */
    private Route file(List<String> segments) {
        return Route.file(inEdition(segments));
    }

    private List<String> inEdition(List<String> segments) {
        if (edition.isEmpty()) {
            return segments;
        }
        List<String> all = new ArrayList<>(edition);
        all.addAll(segments);
        return all;
    }

    private static String year(int year) {
        String digits = Integer.toString(year);
        return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
