package org.warraq.render;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.warraq.config.SiteConfig;
import org.warraq.config.Source;
import org.warraq.content.Article;
import org.warraq.content.Image;
import org.warraq.index.Archive;
import org.warraq.index.SiteIndex;
import org.warraq.index.Tag;
import org.warraq.render.view.ArchivePage;
import org.warraq.render.view.ArchiveYear;
import org.warraq.render.view.ArticleLink;
import org.warraq.render.view.ArticlePage;
import org.warraq.render.view.ArticleView;
import org.warraq.render.view.CountLink;
import org.warraq.render.view.DateView;
import org.warraq.render.view.FeedLink;
import org.warraq.render.view.Head;
import org.warraq.render.view.HomePage;
import org.warraq.render.view.Html;
import org.warraq.render.view.ImageView;
import org.warraq.render.view.Link;
import org.warraq.render.view.ListItem;
import org.warraq.render.view.NotFoundPage;
import org.warraq.render.view.PageLink;
import org.warraq.render.view.Pagination;
import org.warraq.render.view.PeriodPage;
import org.warraq.render.view.SiteView;
import org.warraq.render.view.SourcePage;
import org.warraq.render.view.SourceView;
import org.warraq.render.view.SourcesPage;
import org.warraq.render.view.TagPage;
import org.warraq.render.view.TagsPage;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;
import org.warraq.text.ArabicDates;
import org.warraq.text.Plurals;
import org.warraq.util.Urls;

/**
 * Builds the view record of each planned page from the index and the configuration. Views of article
 * pages are built without their body ({@link ArticleView#body()} is null) so a page's fingerprint can be
 * taken before the Markdown is rendered; {@link ArticleView#withBody} completes them.
 */
public final class Views {
    private static final int WORDS_PER_MINUTE = 200;

    private final SiteConfig config;
    private final Routes routes;
    private final SiteIndex index;
    private final ArabicDates dates;
    private final String generator;
    private final java.util.Map<String, ItemFacts> facts = new java.util.concurrent.ConcurrentHashMap<>();

    /** What every list that shows an article needs of it, computed once per build. */
    private record ItemFacts(Route route, DateView date, String dateline, String sourceName) {
    }

    public Views(SiteConfig config, Routes routes, SiteIndex index, String generator) {
        this.config = config;
        this.routes = routes;
        this.index = index;
        this.dates = config.dates();
        this.generator = generator;
    }

    /** The view of {@code plan}: one of the page records of {@code org.warraq.render.view}. */
    public Object view(PagePlan plan) {
        if (plan instanceof PagePlan.ArticlePlan p) {
            return article(p);
        } else if (plan instanceof PagePlan.HomePlan p) {
            return home(p);
        } else if (plan instanceof PagePlan.TagPlan p) {
            return tag(p);
        } else if (plan instanceof PagePlan.TagsPlan p) {
            return tags(p);
        } else if (plan instanceof PagePlan.SourcePlan p) {
            return source(p);
        } else if (plan instanceof PagePlan.SourcesPlan p) {
            return sources(p);
        } else if (plan instanceof PagePlan.ArchivePlan p) {
            return archive(p);
        } else if (plan instanceof PagePlan.YearPlan p) {
            return year(p);
        } else if (plan instanceof PagePlan.MonthPlan p) {
            return month(p);
        } else if (plan instanceof PagePlan.DayPlan p) {
            return day(p);
        }
        return notFound((PagePlan.NotFoundPlan) plan);
    }

    private ArticlePage article(PagePlan.ArticlePlan plan) {
        Route here = plan.route();
        Article a = plan.article();
        Source source = a.sourceId().map(config.sources()::get).orElse(null);
        SourceView sourceView = source == null ? null : sourceView(here, source);
        String datelineLine = datelineLine(a, source);
        LocalDate day = a.day(config.timezone());
        List<Link> tags = new ArrayList<>();
        for (org.warraq.content.TagName tag : a.tags()) {
            String shown = index.tag(tag.slug()).map(Tag::name).orElse(tag.name());
            tags.add(new Link(shown, routes.href(here, routes.tag(tag.slug(), 1))));
        }
        int minutes = Math.max(1, (a.words() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        ArticleView view = new ArticleView(a.title(), routes.href(here, here), date(a.date()),
                a.updated().map(this::date).orElse(null), a.dateline().orElse(null), datelineLine, sourceView,
                a.authors(), a.summary(), a.image().map(i -> image(here, i)).orElse(null), tags, null,
                a.sourceUrl().orElse(null), minutes, Plurals.minutes(minutes, config.digits()),
                new Link(dates.date(day), routes.href(here, routes.day(day, 1))), a.params());
        String canonical = routes.absolute(here);
        List<String> images = a.image().map(i -> List.of(imageUrl(i))).orElse(List.of());
        JsonLd.ArticleFacts facts = new JsonLd.ArticleFacts(a.title(), a.summary(), canonical, iso(a.date()),
                iso(a.lastModified()), a.authors(), images, datelineLine,
                source == null ? null : source.name(), source == null ? null : source.url().orElse(null),
                a.sourceUrl().orElse(null), tags.stream().map(Link::text).toList());
        Head head = new Head(a.title() + Labels.SEPARATOR + config.title(), description(a.summary()), canonical,
                "article", a.title(), config.ogLocale(), config.title(),
                images.isEmpty() ? null : images.get(0), a.image().map(Image::alt).orElse(null),
                iso(a.date()), iso(a.lastModified()), tags.stream().map(Link::text).toList(), siteFeeds(), null, null,
                JsonLd.newsArticle(facts, config, logoAbsolute()));
        return new ArticlePage(site(here), head, view, index.older(a).map(o -> articleLink(here, o)).orElse(null),
                index.newer(a).map(n -> articleLink(here, n)).orElse(null), links(here, dayCrumbs(day)));
    }

    private HomePage home(PagePlan.HomePlan plan) {
        Route here = plan.route();
        PagePlan.Slice slice = plan.slice();
        String heading = paged(config.title(), slice);
        String canonical = routes.absolute(here);
        Html jsonLd = slice.page() == 1 ? JsonLd.webSite(config, canonical, logoAbsolute())
                : collection(heading, here, List.of(new Crumb(Labels.HOME, routes.home(1))));
        Pagination pagination = pagination(here, slice, routes::home);
        Head head = listHead(slice.page() == 1 ? config.title() : heading, config.description(), here, siteFeeds(),
                pagination, jsonLd);
        return new HomePage(site(here), head, items(here, slice.items()), pagination);
    }

    private TagPage tag(PagePlan.TagPlan plan) {
        Route here = plan.route();
        Tag tag = plan.tag();
        PagePlan.Slice slice = plan.slice();
        List<FeedLink> feeds = new ArrayList<>(siteFeeds());
        feeds.addAll(feeds(List.of("tags", tag.slug()), config.title() + Labels.SEPARATOR + tag.name()));
        List<Crumb> crumbs = List.of(homeCrumb(), new Crumb(Labels.TAGS, routes.tags()),
                new Crumb(tag.name(), routes.tag(tag.slug(), 1)));
        Pagination pagination = pagination(here, slice, p -> routes.tag(tag.slug(), p));
        String name = paged(tag.name(), slice);
        Head head = listHead(name + Labels.SEPARATOR + config.title(), config.description(), here, feeds, pagination,
                collection(name, here, crumbs));
        return new TagPage(site(here), head, tag.name(), tag.articles().size(), count(tag.articles().size()),
                items(here, slice.items()), pagination, routes.href(here, routes.atom(List.of("tags", tag.slug()))),
                links(here, crumbs));
    }

    private TagsPage tags(PagePlan.TagsPlan plan) {
        Route here = plan.route();
        List<CountLink> tags = index.tagsByCount().stream()
                .map(t -> countLink(t.name(), routes.href(here, routes.tag(t.slug(), 1)), t.articles().size()))
                .toList();
        List<Crumb> crumbs = List.of(homeCrumb(), new Crumb(Labels.TAGS, here));
        Head head = listHead(Labels.TAGS + Labels.SEPARATOR + config.title(), config.description(), here, siteFeeds(),
                null, collection(Labels.TAGS, here, crumbs));
        return new TagsPage(site(here), head, tags);
    }

    private SourcePage source(PagePlan.SourcePlan plan) {
        Route here = plan.route();
        Source source = plan.group().source();
        PagePlan.Slice slice = plan.slice();
        List<String> scope = List.of("sources", source.slug());
        List<FeedLink> feeds = new ArrayList<>(siteFeeds());
        feeds.addAll(feeds(scope, config.title() + Labels.SEPARATOR + source.name()));
        List<Crumb> crumbs = List.of(homeCrumb(), new Crumb(Labels.SOURCES, routes.sources()),
                new Crumb(source.name(), routes.source(source.slug(), 1)));
        Pagination pagination = pagination(here, slice, p -> routes.source(source.slug(), p));
        String name = paged(source.name(), slice);
        int count = plan.group().articles().size();
        Head head = listHead(name + Labels.SEPARATOR + config.title(), source.notice().map(this::description)
                .orElse(config.description()), here, feeds, pagination, collection(name, here, crumbs));
        return new SourcePage(site(here), head, sourceView(here, source), count, count(count), items(here, slice.items()),
                pagination, routes.href(here, routes.atom(scope)), links(here, crumbs));
    }

    private SourcesPage sources(PagePlan.SourcesPlan plan) {
        Route here = plan.route();
        List<CountLink> sources = index.sources().stream()
                .map(g -> countLink(g.source().name(), routes.href(here, routes.source(g.source().slug(), 1)),
                        g.articles().size()))
                .toList();
        List<Crumb> crumbs = List.of(homeCrumb(), new Crumb(Labels.SOURCES, here));
        Head head = listHead(Labels.SOURCES + Labels.SEPARATOR + config.title(), config.description(), here,
                siteFeeds(), null, collection(Labels.SOURCES, here, crumbs));
        return new SourcesPage(site(here), head, sources);
    }

    private ArchivePage archive(PagePlan.ArchivePlan plan) {
        Route here = plan.route();
        List<ArchiveYear> years = new ArrayList<>();
        for (Archive.Year y : index.years()) {
            List<CountLink> months = y.months().stream()
                    .map(m -> countLink(dates.monthYear(m.month()), routes.href(here, routes.month(m.month(), 1)),
                            m.articles().size()))
                    .toList();
            years.add(new ArchiveYear(countLink(dates.number(y.year()), routes.href(here, routes.year(y.year(), 1)),
                    y.articles().size()), months));
        }
        List<Crumb> crumbs = List.of(homeCrumb(), new Crumb(Labels.ARCHIVE, here));
        Head head = listHead(Labels.ARCHIVE + Labels.SEPARATOR + config.title(), config.description(), here,
                siteFeeds(), null, collection(Labels.ARCHIVE, here, crumbs));
        int total = index.articles().size();
        return new ArchivePage(site(here), head, years, total, count(total));
    }

    private PeriodPage year(PagePlan.YearPlan plan) {
        Route here = plan.route();
        Archive.Year y = plan.year();
        List<CountLink> months = y.months().stream()
                .map(m -> countLink(dates.month(m.month().getMonthValue()), routes.href(here, routes.month(m.month(), 1)),
                        m.articles().size()))
                .toList();
        String heading = dates.number(y.year());
        List<Crumb> crumbs = yearCrumbs(y.year());
        return period(here, heading, y.articles().size(), months, plan.slice(), p -> routes.year(y.year(), p),
                new Link(Labels.ARCHIVE, routes.href(here, routes.archive())),
                plan.earlier() == null ? null : new Link(dates.number(plan.earlier().year()),
                        routes.href(here, routes.year(plan.earlier().year(), 1))),
                plan.later() == null ? null : new Link(dates.number(plan.later().year()),
                        routes.href(here, routes.year(plan.later().year(), 1))),
                crumbs);
    }

    private PeriodPage month(PagePlan.MonthPlan plan) {
        Route here = plan.route();
        Archive.Month m = plan.month();
        YearMonth ym = m.month();
        List<CountLink> days = m.days().stream()
                .map(d -> countLink(dates.number(d.date().getDayOfMonth()) + " " + dates.month(ym.getMonthValue()),
                        routes.href(here, routes.day(d.date(), 1)), d.articles().size()))
                .toList();
        List<Crumb> crumbs = new ArrayList<>(yearCrumbs(ym.getYear()));
        crumbs.add(new Crumb(dates.month(ym.getMonthValue()), routes.month(ym, 1)));
        return period(here, dates.monthYear(ym), m.articles().size(), days, plan.slice(), p -> routes.month(ym, p),
                new Link(dates.number(ym.getYear()), routes.href(here, routes.year(ym.getYear(), 1))),
                plan.earlier() == null ? null : new Link(dates.monthYear(plan.earlier().month()),
                        routes.href(here, routes.month(plan.earlier().month(), 1))),
                plan.later() == null ? null : new Link(dates.monthYear(plan.later().month()),
                        routes.href(here, routes.month(plan.later().month(), 1))),
                crumbs);
    }

    private PeriodPage day(PagePlan.DayPlan plan) {
        Route here = plan.route();
        LocalDate date = plan.day().date();
        return period(here, dates.dateWithWeekday(date), plan.day().articles().size(), List.of(), plan.slice(),
                p -> routes.day(date, p),
                new Link(dates.monthYear(YearMonth.from(date)), routes.href(here, routes.month(YearMonth.from(date), 1))),
                plan.earlier() == null ? null : new Link(dates.date(plan.earlier().date()),
                        routes.href(here, routes.day(plan.earlier().date(), 1))),
                plan.later() == null ? null : new Link(dates.date(plan.later().date()),
                        routes.href(here, routes.day(plan.later().date(), 1))),
                dayCrumbs(date));
    }

    private PeriodPage period(Route here, String heading, int count, List<CountLink> parts, PagePlan.Slice slice,
                              IntFunction<Route> pageRoute, Link up, Link previous, Link next, List<Crumb> crumbs) {
        Pagination pagination = pagination(here, slice, pageRoute);
        String title = paged(heading, slice);
        Head head = listHead(title + Labels.SEPARATOR + config.title(), config.description(), here, siteFeeds(),
                pagination, collection(title, here, crumbs));
        return new PeriodPage(site(here), head, heading, count, count(count), parts, items(here, slice.items()),
                pagination, up, previous, next, links(here, crumbs));
    }

    private NotFoundPage notFound(PagePlan.NotFoundPlan plan) {
        Route here = plan.route();
        Head head = new Head(Labels.NOT_FOUND + Labels.SEPARATOR + config.title(), config.description(),
                routes.absolute(here), "website", Labels.NOT_FOUND, config.ogLocale(), config.title(), null, null,
                null, null, List.of(), siteFeeds(), null, null, null);
        return new NotFoundPage(site(here), head);
    }

    // ---- parts ----

    /** The site as seen from the page at {@code here}. */
    public SiteView site(Route here) {
        return new SiteView(config.title(), config.description(), config.language(), config.direction(),
                routes.href(here, routes.home(1)), routes.href(here, routes.archive()), routes.href(here, routes.tags()),
                routes.href(here, routes.sources()), routes.href(here, routes.asset("style.css")),
                config.logo().map(l -> logoHref(here, l)).orElse(null), config.copyright(), generator);
    }

    public DateView date(OffsetDateTime moment) {
        ZonedDateTime local = moment.atZoneSameInstant(config.timezone());
        LocalDate day = local.toLocalDate();
        return new DateView(iso(moment), dates.date(day), dates.weekday(day.getDayOfWeek()),
                dates.time(local.toLocalTime()), config.hijri() ? dates.hijri(day).orElse(null) : null);
    }

    private List<ListItem> items(Route here, List<Article> articles) {
        List<ListItem> items = new ArrayList<>(articles.size());
        for (Article a : articles) {
            ItemFacts f = facts(a);
            items.add(new ListItem(a.title(), routes.href(here, f.route()), f.date(), f.dateline(), f.sourceName(),
                    a.summary(), a.image().map(i -> image(here, i)).orElse(null)));
        }
        return items;
    }

    private ItemFacts facts(Article a) {
        return facts.computeIfAbsent(a.contentPath(), k -> {
            Source source = a.sourceId().map(config.sources()::get).orElse(null);
            return new ItemFacts(routes.article(a), date(a.date()), datelineLine(a, source),
                    source == null ? null : source.name());
        });
    }

    private Pagination pagination(Route here, PagePlan.Slice slice, IntFunction<Route> pageRoute) {
        int n = slice.page();
        int total = slice.total();
        List<PageLink> pages = new ArrayList<>();
        int last = 0;
        for (int p = 1; p <= total; p++) {
            if (p == 1 || p == total || Math.abs(p - n) <= 2) {
                if (last != 0 && p - last > 1) {
                    pages.add(new PageLink(0, "…", null, false, true));
                }
                pages.add(new PageLink(p, dates.number(p), routes.href(here, pageRoute.apply(p)), p == n, false));
                last = p;
            }
        }
        return new Pagination(n, total, dates.number(n), dates.number(total),
                n > 1 ? routes.href(here, pageRoute.apply(n - 1)) : null,
                n < total ? routes.href(here, pageRoute.apply(n + 1)) : null, pages);
    }

    private Head listHead(String title, String description, Route here, List<FeedLink> feeds, Pagination pagination,
                          Html jsonLd) {
        return new Head(title, description, routes.absolute(here), "website", title, config.ogLocale(), config.title(),
                null, null, null, null, List.of(), feeds,
                pagination == null ? null : pagination.prevUrl(), pagination == null ? null : pagination.nextUrl(), jsonLd);
    }

    /** A breadcrumb before it is turned into a relative link (pages) or an absolute one (JSON-LD). */
    private record Crumb(String text, Route route) {
    }

    private List<Link> links(Route here, List<Crumb> crumbs) {
        return crumbs.stream().map(c -> new Link(c.text(), routes.href(here, c.route()))).toList();
    }

    private Html collection(String name, Route here, List<Crumb> crumbs) {
        return JsonLd.collectionPage(config, name, routes.absolute(here),
                crumbs.stream().map(c -> new Link(c.text(), routes.absolute(c.route()))).toList());
    }

    private List<FeedLink> siteFeeds() {
        return feeds(List.of(), config.title());
    }

    private List<FeedLink> feeds(List<String> scope, String title) {
        return List.of(new FeedLink(title, routes.absolute(routes.atom(scope)), "application/atom+xml"),
                new FeedLink(title + " (RSS)", routes.absolute(routes.rss(scope)), "application/rss+xml"));
    }

    private Crumb homeCrumb() {
        return new Crumb(Labels.HOME, routes.home(1));
    }

    private List<Crumb> yearCrumbs(int year) {
        return List.of(homeCrumb(), new Crumb(Labels.ARCHIVE, routes.archive()),
                new Crumb(dates.number(year), routes.year(year, 1)));
    }

    private List<Crumb> dayCrumbs(LocalDate day) {
        List<Crumb> crumbs = new ArrayList<>(yearCrumbs(day.getYear()));
        crumbs.add(new Crumb(dates.month(day.getMonthValue()), routes.month(YearMonth.from(day), 1)));
        crumbs.add(new Crumb(dates.number(day.getDayOfMonth()), routes.day(day, 1)));
        return crumbs;
    }

    private SourceView sourceView(Route here, Source source) {
        return new SourceView(source.name(), source.shortName(), routes.href(here, routes.source(source.slug(), 1)),
                source.url().orElse(null), source.notice().orElse(null));
    }

    private ArticleLink articleLink(Route here, Article a) {
        ItemFacts f = facts(a);
        return new ArticleLink(a.title(), routes.href(here, f.route()), f.date());
    }

    private ImageView image(Route here, Image image) {
        String src = image.local() ? routes.href(here, routes.contentFile(image.src())) : image.src();
        return new ImageView(src, image.alt(), image.caption().orElse(null), image.credit().orElse(null));
    }

    private String imageUrl(Image image) {
        return image.local() ? routes.absolute(routes.contentFile(image.src())) : image.src();
    }

    private String logoHref(Route here, String logo) {
        return Urls.isHttp(logo) ? logo : routes.href(here, logoRoute(logo));
    }

    private String logoAbsolute() {
        return config.logo().map(l -> Urls.isHttp(l) ? l : routes.absolute(logoRoute(l))).orElse(null);
    }

    /** A logo given as a site path ("/assets/logo.svg", or without the slash). */
    private static Route logoRoute(String logo) {
        return Route.file(List.of(logo.replaceFirst("^/+", "").split("/")));
    }

    private static String datelineLine(Article a, Source source) {
        String dateline = a.dateline().orElse(null);
        String shortName = source == null ? null : source.shortName();
        if (dateline != null && shortName != null) {
            return dateline + " / " + shortName;
        }
        return dateline != null ? dateline : shortName;
    }

    private CountLink countLink(String text, String url, int count) {
        return new CountLink(text, url, count, count(count));
    }

    private String count(int n) {
        return dates.number(n);
    }

    private String paged(String name, PagePlan.Slice slice) {
        return slice.page() == 1 ? name : name + Labels.SEPARATOR + Labels.PAGE + " " + dates.number(slice.page());
    }

    private String description(String text) {
        return text == null || text.isBlank() ? config.description() : org.warraq.text.Summaries.cut(text, 200);
    }

    static String iso(OffsetDateTime moment) {
        return moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
