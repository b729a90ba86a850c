package org.warraq.render;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.warraq.config.Edition;
import org.warraq.config.Section;
import org.warraq.config.SiteConfig;
import org.warraq.config.Source;
import org.warraq.index.GroupKind;
import org.warraq.plan.Alternate;
import org.warraq.plan.PagePlan;
import org.warraq.plan.SitePlan;
import org.warraq.plan.Teaser;
import org.warraq.render.view.ArticleLink;
import org.warraq.render.view.CountLink;
import org.warraq.render.view.DateView;
import org.warraq.render.view.FeedLink;
import org.warraq.render.view.GroupView;
import org.warraq.render.view.Head;
import org.warraq.render.view.Html;
import org.warraq.render.view.LanguageLink;
import org.warraq.render.view.Link;
import org.warraq.render.view.ListItem;
import org.warraq.render.view.PageLink;
import org.warraq.render.view.Pagination;
import org.warraq.render.view.SiteView;
import org.warraq.routes.FeedFormat;
import org.warraq.routes.FeedScope;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;
import org.warraq.text.DateFormat;
import org.warraq.text.LanguageNames;
import org.warraq.theme.Messages;
import org.warraq.util.Urls;

/** The pieces every page view is made of: the site, dates, list items, pagination, heads, breadcrumbs, feeds. */
final class ViewParts {
    private final SiteConfig config;
    private final Routes routes;
    private final DateFormat dates;
    private final Messages messages;
    private final String generator;
    private final SitePlan plan;
    private final boolean preview;
    private final Pictures pictures;
    private final Map<String, ItemFacts> facts = new ConcurrentHashMap<>();

    /** What every list that shows an article needs of it, computed once per build. */
    private record ItemFacts(DateView date, String dateline, String sourceName) {
    }

    /** A breadcrumb before it is turned into a relative link (pages) or an absolute one (JSON-LD). */
    record Crumb(String text, Route route) {
    }

    /**
     * @param config  the settings of the edition the pages belong to
     * @param preview whether the build publishes drafts: then every page asks search engines not to index it
     * @param plan    the site's plan: the pages' versions in other editions, and the images pages show, with
     *                their sizes and smaller copies
     */
    ViewParts(SiteConfig config, Messages messages, String generator, boolean preview, SitePlan plan) {
        this.config = config;
        this.routes = new Routes(config);
        this.messages = messages;
        this.dates = config.dates();
        this.generator = generator;
        this.plan = plan;
        this.preview = preview;
        this.pictures = new Pictures(routes, plan);
    }

    /** The images pages show and share. */
    Pictures pictures() {
        return pictures;
    }

    /** Whether pages ask search engines not to index them (a build with drafts). */
    boolean preview() {
        return preview;
    }

    SiteConfig config() {
        return config;
    }

    Routes routes() {
        return routes;
    }

    DateFormat dates() {
        return dates;
    }

    Messages messages() {
        return messages;
    }

    /** The theme's word {@code key}. */
    String word(String key) {
        return messages.text(key);
    }

    /** A page's {@code <title>}: "{page} – {site}". */
    String title(String page) {
        return messages.format("title", "page", page, "site", config.title());
    }

    /** The site as seen from the page at {@code here}. */
    SiteView site(Route here) {
        List<Link> sections = config.sections().values().stream()
                .map(s -> new Link(s.name(), routes.href(here, routes.group(GroupKind.SECTION, s.slug(), 1)))).toList();
        return new SiteView(config.title(), config.description(), config.language(), config.direction(),
                routes.href(here, routes.home(1)), routes.href(here, routes.archive()),
                routes.href(here, routes.groups(GroupKind.TAG)), routes.href(here, routes.groups(GroupKind.SOURCE)),
                config.sections().isEmpty() ? null : routes.href(here, routes.groups(GroupKind.SECTION)),
                config.authors().isEmpty() ? null : routes.href(here, routes.groups(GroupKind.AUTHOR)),
                sections, config.search() ? routes.href(here, routes.search()) : null,
                routes.href(here, routes.asset("style.css")),
                config.logo().map(l -> logoHref(here, l)).orElse(null), config.copyright(), generator, messages.words(),
                languages(here));
    }

    /** The language switch: each other edition's version of this page, or its home page. */
    private List<LanguageLink> languages(Route here) {
        List<LanguageLink> links = new ArrayList<>();
        List<Alternate> versions = plan.alternates(here);
        for (Edition edition : config.editions()) {
            if (edition.equals(config.edition())) {
                continue;
            }
            Route target = versions.stream().filter(v -> v.language().equals(edition.language())).map(Alternate::route)
                    .findFirst().orElseGet(() -> new Routes(config.forEdition(edition)).home(1));
            links.add(new LanguageLink(edition.language(), LanguageNames.autonym(edition.language()), routes.href(here, target)));
        }
        return links;
    }

    /** The page's versions for {@code <link rel="alternate" hreflang>}: every edition's, then x-default. */
    List<LanguageLink> alternates(Route here) {
        List<Alternate> versions = plan.alternates(here);
        if (versions.isEmpty()) {
            return List.of();
        }
        List<LanguageLink> links = new ArrayList<>();
        for (Alternate v : versions) {
            links.add(new LanguageLink(v.language(), LanguageNames.autonym(v.language()), routes.absolute(v.route())));
        }
        String main = config.editions().get(0).language();
        versions.stream().filter(v -> v.language().equals(main)).findFirst()
                .ifPresent(v -> links.add(new LanguageLink("x-default", "", routes.absolute(v.route()))));
        return links;
    }

    DateView date(OffsetDateTime moment) {
        ZonedDateTime local = moment.atZoneSameInstant(config.timezone());
        LocalDate day = local.toLocalDate();
        return new DateView(iso(moment), dates.date(day), dates.weekday(day.getDayOfWeek()), dates.dateWithWeekday(day),
                dates.time(local.toLocalTime()), zone(local.getOffset()), config.hijri() ? dates.hijri(day).orElse(null) : null);
    }

    /**
     * What a printed time says about its zone: the edition's {@code time_zone_label}, else its offset from UTC
     * ("+1", "+5:30", "-3", nothing at UTC) in the message {@code utc_offset}, in the edition's digits, between
     * U+2066 and U+2069 on a right-to-left page so that the sign stays in front of the number.
     */
    private String zone(ZoneOffset offset) {
        return config.edition().timeZoneLabel().orElseGet(() -> {
            int seconds = offset.getTotalSeconds();
            if (seconds == 0) {
                return messages.format("utc_offset", "offset", "");
            }
            int minutes = Math.abs(seconds) / 60;
            String number = dates.number(minutes / 60) + (minutes % 60 == 0 ? ""
                    : ":" + dates.number(minutes % 60 / 10) + dates.number(minutes % 10));
            String signed = (seconds > 0 ? "+" : "-") + number;
            return messages.format("utc_offset", "offset", config.rtl() ? "\u2066" + signed + "\u2069" : signed);
        });
    }

    List<ListItem> items(Route here, List<Teaser> teasers) {
        List<ListItem> items = new ArrayList<>(teasers.size());
        for (Teaser a : teasers) {
            ItemFacts f = facts(a);
            items.add(new ListItem(a.title(), routes.href(here, a.route()), f.date(), f.dateline(), f.sourceName(),
                    a.summary(), a.image().map(i -> pictures.view(here, i, a.picture())).orElse(null),
                    sectionLink(here, a.section()), a.breaking()));
        }
        return items;
    }

    ArticleLink articleLink(Route here, Teaser a) {
        return new ArticleLink(a.title(), routes.href(here, a.route()), facts(a).date());
    }

    private ItemFacts facts(Teaser a) {
        return facts.computeIfAbsent(a.contentPath(), k -> {
            Source source = source(a.sourceId());
            return new ItemFacts(date(a.date()), datelineLine(a.dateline(), source), source == null ? null : source.name());
        });
    }

    /** A link to the section's page, or null without a section. */
    Link sectionLink(Route here, Optional<String> id) {
        Section section = id.map(config.sections()::get).orElse(null);
        return section == null ? null
                : new Link(section.name(), routes.href(here, routes.group(GroupKind.SECTION, section.slug(), 1)));
    }

    Source source(Optional<String> id) {
        return id.map(config.sources()::get).orElse(null);
    }

    Pagination pagination(Route here, PagePlan.Slice slice, IntFunction<Route> pageRoute) {
        int n = slice.page();
        int total = slice.total();
        List<PageLink> pages = new ArrayList<>();
        int last = 0;
        for (int p = 1; p <= total; p++) {
            if (p == 1 || p == total || Math.abs(p - n) <= 2) {
                if (last != 0 && p - last > 1) {
                    pages.add(new PageLink(0, "…", null, false, true, null));
                }
                String label = dates.number(p);
                pages.add(new PageLink(p, label, routes.href(here, pageRoute.apply(p)), p == n, false,
                        messages.format("page_number", "number", label)));
                last = p;
            }
        }
        String number = dates.number(n);
        String totalText = dates.number(total);
        return new Pagination(n, total, number, totalText,
                n > 1 ? routes.href(here, pageRoute.apply(n - 1)) : null,
                n < total ? routes.href(here, pageRoute.apply(n + 1)) : null, pages,
                messages.format("page_of", "number", number, "total", totalText), suffix(n));
    }

    Head listHead(String title, String description, Route here, List<FeedLink> feeds, Pagination pagination,
                  Html jsonLd) {
        Head head = Head.website(title, description, routes.absolute(here), title, config.ogLocale(), config.title(),
                feeds, pagination == null ? null : pagination.prevUrl(), pagination == null ? null : pagination.nextUrl(),
                jsonLd, preview, alternates(here));
        return withSiteImage(head);
    }

    /** {@code head} with the site's image for social networks ({@code og_image}), when it has one. */
    Head withSiteImage(Head head) {
        return pictures.site().map(i -> Pictures.withImage(head, i, config.title())).orElse(head);
    }

    List<Link> links(Route here, List<Crumb> crumbs) {
        return crumbs.stream().map(c -> new Link(c.text(), routes.href(here, c.route()))).toList();
    }

    Html collection(String name, Route here, List<Crumb> crumbs) {
        return JsonLd.collectionPage(config, name, routes.absolute(here), absoluteLinks(crumbs));
    }

    /** Breadcrumbs with absolute URLs, for JSON-LD. */
    List<Link> absoluteLinks(List<Crumb> crumbs) {
        return crumbs.stream().map(c -> new Link(c.text(), routes.absolute(c.route()))).toList();
    }

    List<FeedLink> siteFeeds() {
        return feeds(FeedScope.SITE, config.title());
    }

    List<FeedLink> feeds(FeedScope scope, String title) {
        return List.of(new FeedLink(title, routes.absolute(routes.feed(FeedFormat.ATOM, scope)), FeedFormat.ATOM.mediaType()),
                new FeedLink(messages.format("rss_title", "title", title), routes.absolute(routes.feed(FeedFormat.RSS, scope)),
                        FeedFormat.RSS.mediaType()));
    }

    Crumb homeCrumb() {
        return new Crumb(word("home"), routes.home(1));
    }

    List<Crumb> yearCrumbs(int year) {
        return List.of(homeCrumb(), new Crumb(word("archive"), routes.archive()),
                new Crumb(dates.number(year), routes.year(year, 1)));
    }

    List<Crumb> monthCrumbs(YearMonth month) {
        List<Crumb> crumbs = new ArrayList<>(yearCrumbs(month.getYear()));
        crumbs.add(new Crumb(dates.month(month.getMonthValue()), routes.month(month, 1)));
        return crumbs;
    }

    List<Crumb> dayCrumbs(LocalDate day) {
        List<Crumb> crumbs = new ArrayList<>(monthCrumbs(YearMonth.from(day)));
        crumbs.add(new Crumb(dates.number(day.getDayOfMonth()), routes.day(day, 1)));
        return crumbs;
    }

    GroupView sourceView(Route here, Source source) {
        return new GroupView(source.name(), source.shortName(),
                routes.href(here, routes.group(GroupKind.SOURCE, source.slug(), 1)),
                source.url().orElse(null), source.notice().orElse(null), null, null, List.of());
    }

    private String logoHref(Route here, String logo) {
        return Urls.isHttp(logo) ? logo : routes.href(here, logoRoute(logo));
    }

    String logoAbsolute() {
        return config.logo().map(l -> Urls.isHttp(l) ? l : routes.absolute(logoRoute(l))).orElse(null);
    }

    /** A logo given as a site path ("/assets/logo.svg", or without the slash). */
    private static Route logoRoute(String logo) {
        return Route.file(List.of(logo.replaceFirst("^/+", "").split("/")));
    }

    String datelineLine(Optional<String> dateline, Source source) {
        String shortName = source == null ? null : source.shortName();
        if (dateline.isPresent() && shortName != null) {
            return messages.format("dateline", "place", dateline.get(), "source", shortName);
        }
        return dateline.orElse(shortName);
    }

    CountLink countLink(String text, String url, int count) {
        return new CountLink(text, url, count, count(count));
    }

    String count(int n) {
        return dates.number(n);
    }

    String paged(String name, PagePlan.Slice slice) {
        return name + suffix(slice.page());
    }

    /** What follows the heading of a list's page {@code page}: nothing on page 1, " – الصفحة 2" after. */
    private String suffix(int page) {
        return page == 1 ? "" : messages.format("page_suffix", "number", dates.number(page));
    }

    String description(String text) {
        return text == null || text.isBlank() ? config.description() : org.warraq.text.Summaries.cut(text, 200);
    }

    static String iso(OffsetDateTime moment) {
        return moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
