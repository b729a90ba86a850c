package org.warraq.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.warraq.config.Author;
import org.warraq.config.Source;
import org.warraq.content.Article;
import org.warraq.content.Body;
import org.warraq.content.TagName;
import org.warraq.diag.Problems;
import org.warraq.index.GroupKind;
import org.warraq.index.Period;
import org.warraq.plan.PagePlan;
import org.warraq.plan.ShareImage;
import org.warraq.render.ViewParts.Crumb;
import org.warraq.render.view.ArchivePage;
import org.warraq.render.view.ArchiveYear;
import org.warraq.render.view.ArticlePage;
import org.warraq.render.view.ArticleView;
import org.warraq.render.view.CorrectionView;
import org.warraq.render.view.CountLink;
import org.warraq.render.view.FeedLink;
import org.warraq.render.view.GroupPage;
import org.warraq.render.view.GroupView;
import org.warraq.render.view.GroupsPage;
import org.warraq.render.view.Head;
import org.warraq.render.view.HomePage;
import org.warraq.render.view.Html;
import org.warraq.render.view.Link;
import org.warraq.render.view.ListItem;
import org.warraq.render.view.NotFoundPage;
import org.warraq.render.view.Pagination;
import org.warraq.render.view.PeriodPage;
import org.warraq.render.view.SearchPage;
import org.warraq.render.view.RedirectPage;
import org.warraq.render.view.SectionBlock;
import org.warraq.routes.FeedFormat;
import org.warraq.routes.FeedScope;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;
import org.warraq.text.DateFormat;

/**
 * The view record of each kind of page (one of {@code org.warraq.render.view}), built from its plan, the
 * configuration and, for articles, the rendered body. Empty only when an article's body cannot be read (the
 * problem is reported).
 */
final class Views implements PagePlan.Visitor<Optional<Record>> {
    private static final int WORDS_PER_MINUTE = 200;
    /** The theme's static file that loads an embed's frame when the reader asks. */
    static final String EMBED_SCRIPT = "embed.js";

    private final ViewParts parts;
    private final RegistryViews registries;
    private final Routes routes;
    private final DateFormat dates;
    private final Bodies bodies;
    private final Problems problems;

    Views(ViewParts parts, Bodies bodies, Problems problems) {
        this.parts = parts;
        this.registries = new RegistryViews(parts);
        this.routes = parts.routes();
        this.dates = parts.dates();
        this.bodies = bodies;
        this.problems = problems;
    }

    @Override
    public Optional<Record> article(PagePlan.ArticlePlan plan) {
        Optional<Body> body = bodies.body(plan.article(), problems);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        var config = parts.config();
        Route here = plan.route();
        Article a = plan.article();
        Source source = parts.source(a.sourceId());
        GroupView sourceView = source == null ? null : parts.sourceView(here, source);
        String datelineLine = parts.datelineLine(a.dateline(), source);
        LocalDate day = a.day(config.timezone());
        List<Link> tags = new ArrayList<>();
        for (TagName tag : plan.tags()) {
            tags.add(new Link(tag.name(), routes.href(here, routes.group(GroupKind.TAG, tag.slug(), 1))));
        }
        int minutes = Math.max(1, (a.words() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        Link section = parts.sectionLink(here, a.section());
        ArticleView view = new ArticleView(a.title(), routes.href(here, here), parts.date(a.date()),
                a.updated().map(parts::date).orElse(null), a.dateline().orElse(null), datelineLine, sourceView,
                a.authors().stream().map(config::authorName).toList(), registries.bylines(here, a.authors()),
                a.summary(), a.image().map(i -> parts.pictures().view(here, i, plan.picture())).orElse(null), tags,
                new Html(body.get().html()), a.sourceUrl().orElse(null), minutes, parts.messages().format("reading_time", "minutes", (long) minutes),
                new Link(dates.date(day), routes.href(here, routes.day(day, 1))), a.params(), section, a.breaking(),
                a.corrections().stream().map(c -> new CorrectionView(parts.date(c.date()), c.text())).toList(),
                body.get().embeds() ? routes.href(here, routes.asset(EMBED_SCRIPT)) : null);
        String canonical = routes.absolute(here);
        Optional<RegistryViews.Shared> shared = registries.shareImage(a);
        JsonLd.ArticleFacts facts = new JsonLd.ArticleFacts(a.title(), a.summary(), canonical, ViewParts.iso(a.date()),
                ViewParts.iso(a.lastModified()), registries.persons(a.authors()),
                shared.map(RegistryViews.Shared::image).stream().toList(), datelineLine,
                source == null ? null : source.name(), source == null ? null : source.url().orElse(null),
                a.sourceUrl().orElse(null), tags.stream().map(Link::text).toList(), section == null ? null : section.text(),
                a.corrections().stream().map(c -> new JsonLd.Correction(c.text(), ViewParts.iso(c.date()))).toList());
        Head plain = new Head(parts.title(a.title()), parts.description(a.summary()), canonical,
                "article", a.title(), config.ogLocale(), config.title(),
                null, null, null, null,
                ViewParts.iso(a.date()), ViewParts.iso(a.lastModified()), tags.stream().map(Link::text).toList(),
                parts.siteFeeds(), null, null, JsonLd.newsArticle(facts, config, parts.logoAbsolute()), parts.preview(),
                parts.alternates(here));
        Head head = shared.map(s -> Pictures.withImage(plain, s.image(), s.alt())).orElse(plain);
        List<Crumb> crumbs = section == null ? parts.dayCrumbs(day) : List.of(parts.homeCrumb(),
                new Crumb(section.text(), routes.group(GroupKind.SECTION, config.sections().get(a.section().get()).slug(), 1)),
                new Crumb(a.title(), here));
        return Optional.of(new ArticlePage(parts.site(here), head, view,
                plan.older().map(o -> parts.articleLink(here, o)).orElse(null),
                plan.newer().map(n -> parts.articleLink(here, n)).orElse(null),
                parts.links(here, crumbs), parts.items(here, plan.related())));
    }

    @Override
    public Optional<Record> home(PagePlan.HomePlan plan) {
        var config = parts.config();
        Route here = plan.route();
        PagePlan.Slice slice = plan.slice();
        String heading = parts.paged(config.title(), slice);
        String canonical = routes.absolute(here);
        Html jsonLd = slice.page() == 1 ? JsonLd.webSite(config, canonical, parts.logoAbsolute())
                : parts.collection(heading, here, List.of(parts.homeCrumb()));
        Pagination pagination = parts.pagination(here, slice, routes::home);
        Head head = parts.listHead(slice.page() == 1 ? config.title() : heading, config.description(), here,
                parts.siteFeeds(), pagination, jsonLd);
        ListItem lead = plan.lead().map(t -> parts.items(here, List.of(t)).get(0)).orElse(null);
        List<SectionBlock> blocks = plan.blocks().stream().map(b -> new SectionBlock(
                parts.sectionLink(here, Optional.of(b.section())), parts.items(here, b.items()))).toList();
        return Optional.of(new HomePage(parts.site(here), head, lead, parts.items(here, slice.items()), blocks,
                pagination));
    }

    @Override
    public Optional<Record> group(PagePlan.GroupPlan plan) {
        var config = parts.config();
        Route here = plan.route();
        PagePlan.Slice slice = plan.slice();
        FeedScope scope = new FeedScope.Group(plan.kind(), plan.slug());
        List<FeedLink> feeds = new ArrayList<>(parts.siteFeeds());
        feeds.addAll(parts.feeds(scope, parts.messages().format("feed_title", "site", config.title(), "name", plan.name())));
        List<Crumb> crumbs = List.of(parts.homeCrumb(), new Crumb(overviewName(plan.kind()), routes.groups(plan.kind())),
                new Crumb(plan.name(), routes.group(plan.kind(), plan.slug(), 1)));
        Pagination pagination = parts.pagination(here, slice, p -> routes.group(plan.kind(), plan.slug(), p));
        String name = parts.paged(plan.name(), slice);
        GroupView group = switch (plan.kind()) {
            case TAG -> GroupView.named(plan.name(), routes.href(here, routes.group(plan.kind(), plan.slug(), 1)));
            case SOURCE -> parts.sourceView(here, config.sources().get(plan.id()));
            case SECTION -> registries.section(here, config.sections().get(plan.id()));
            case AUTHOR -> registries.author(here, config.authors().get(plan.id()));
        };
        String about = group.notice() != null ? group.notice() : group.description();
        String description = about == null ? config.description() : parts.description(about);
        Html jsonLd = switch (plan.kind()) {
            case TAG, SOURCE, SECTION -> parts.collection(name, here, crumbs);
            case AUTHOR -> {
                Author author = config.authors().get(plan.id());
                yield JsonLd.profilePage(config, name, routes.absolute(here), parts.absoluteLinks(crumbs),
                        registries.person(author), author.bio().orElse(null),
                        registries.shareImage(author.image()).orElse(null));
            }
        };
        Head head = parts.listHead(parts.title(name), description, here, feeds, pagination, jsonLd);
        Optional<ShareImage> image = switch (plan.kind()) {
            case TAG, SOURCE -> Optional.empty();
            case SECTION -> registries.shareImage(config.sections().get(plan.id()).image());
            case AUTHOR -> registries.shareImage(config.authors().get(plan.id()).image());
        };
        if (image.isPresent()) {
            head = Pictures.withImage(head, image.get(), plan.name());
        }
        return Optional.of(new GroupPage(parts.site(here), head, group, plan.count(), parts.count(plan.count()),
                parts.items(here, slice.items()), pagination, routes.href(here, routes.feed(FeedFormat.ATOM, scope)),
                parts.links(here, crumbs)));
    }

    @Override
    public Optional<Record> groups(PagePlan.GroupsPlan plan) {
        var config = parts.config();
        Route here = plan.route();
        List<CountLink> groups = plan.groups().stream()
                .map(g -> parts.countLink(g.name(), routes.href(here, routes.group(plan.kind(), g.slug(), 1)), g.count()))
                .toList();
        String name = overviewName(plan.kind());
        List<Crumb> crumbs = List.of(parts.homeCrumb(), new Crumb(name, here));
        Head head = parts.listHead(parts.title(name), config.description(), here,
                parts.siteFeeds(), null, parts.collection(name, here, crumbs));
        return Optional.of(new GroupsPage(parts.site(here), head, groups));
    }

    private String overviewName(GroupKind kind) {
        return parts.word(switch (kind) {
            case TAG -> "tags";
            case SOURCE -> "sources";
            case SECTION -> "sections";
            case AUTHOR -> "authors";
        });
    }

    @Override
    public Optional<Record> archive(PagePlan.ArchivePlan plan) {
        var config = parts.config();
        Route here = plan.route();
        List<ArchiveYear> years = new ArrayList<>();
        for (PagePlan.YearCounts y : plan.years()) {
            List<CountLink> months = y.months().stream().map(m -> parts.countLink(dates.monthYear(m.period().month()),
                    routes.href(here, routes.period(m.period(), 1)), m.count())).toList();
            years.add(new ArchiveYear(parts.countLink(dates.number(y.year().period().year()),
                    routes.href(here, routes.period(y.year().period(), 1)), y.year().count()), months));
        }
        String name = parts.word("archive");
        List<Crumb> crumbs = List.of(parts.homeCrumb(), new Crumb(name, here));
        Head head = parts.listHead(parts.title(name), config.description(), here, parts.siteFeeds(), null,
                parts.collection(name, here, crumbs));
        return Optional.of(new ArchivePage(parts.site(here), head, years, plan.total(), parts.count(plan.total())));
    }

    @Override
    public Optional<Record> period(PagePlan.PeriodPlan plan) {
        var config = parts.config();
        Route here = plan.route();
        Period period = plan.period();
        List<CountLink> children = plan.parts().stream().map(p -> parts.countLink(partName(p.period()),
                routes.href(here, routes.period(p.period(), 1)), p.count())).toList();
        String heading = switch (period.kind()) {
            case YEAR -> dates.number(period.year());
            case MONTH -> dates.monthYear(period.month());
            case DAY -> dates.dateWithWeekday(period.start());
        };
        Link up = switch (period.kind()) {
            case YEAR -> new Link(parts.word("archive"), routes.href(here, routes.archive()));
            case MONTH -> new Link(dates.number(period.year()), routes.href(here, routes.year(period.year(), 1)));
            case DAY -> new Link(dates.monthYear(period.month()), routes.href(here, routes.month(period.month(), 1)));
        };
        List<Crumb> crumbs = switch (period.kind()) {
            case YEAR -> parts.yearCrumbs(period.year());
            case MONTH -> parts.monthCrumbs(period.month());
            case DAY -> parts.dayCrumbs(period.start());
        };
        IntFunction<Route> pageRoute = p -> routes.period(period, p);
        Pagination pagination = parts.pagination(here, plan.slice(), pageRoute);
        String title = parts.paged(heading, plan.slice());
        Head head = parts.listHead(parts.title(title), config.description(), here,
                parts.siteFeeds(), pagination, parts.collection(title, here, crumbs));
        return Optional.of(new PeriodPage(parts.site(here), head, heading, plan.count(), parts.count(plan.count()),
                children, parts.items(here, plan.slice().items()), pagination, up,
                plan.earlier().map(e -> neighbour(here, e)).orElse(null),
                plan.later().map(l -> neighbour(here, l)).orElse(null), parts.links(here, crumbs)));
    }

    /** How a period is named among its parent's parts: a year's months, a month's days. */
    private String partName(Period part) {
        return switch (part.kind()) {
            case YEAR -> dates.number(part.year());
            case MONTH -> dates.month(part.month().getMonthValue());
            case DAY -> dates.number(part.start().getDayOfMonth()) + " " + dates.month(part.start().getMonthValue());
        };
    }

    /** A link to the period before or after. */
    private Link neighbour(Route here, Period other) {
        String text = switch (other.kind()) {
            case YEAR -> dates.number(other.year());
            case MONTH -> dates.monthYear(other.month());
            case DAY -> dates.date(other.start());
        };
        return new Link(text, routes.href(here, routes.period(other, 1)));
    }

    @Override
    public Optional<Record> notFound(PagePlan.NotFoundPlan plan) {
        var config = parts.config();
        Route here = plan.route();
        String name = parts.word("not_found");
        Head head = parts.withSiteImage(Head.website(parts.title(name), config.description(), routes.absolute(here), name,
                config.ogLocale(), config.title(), parts.siteFeeds(), null, null, null, parts.preview(), List.of()));
        return Optional.of(new NotFoundPage(parts.site(here), head));
    }

    @Override
    public Optional<Record> redirect(PagePlan.RedirectPlan plan) {
        var config = parts.config();
        Route here = plan.route();
        Route target = plan.target().route();
        String title = plan.target().title();
        Head head = Head.website(parts.title(title), parts.description(plan.target().summary()), routes.absolute(target),
                title, config.ogLocale(), config.title(), List.of(), null, null, null, true, List.of());
        return Optional.of(new RedirectPage(parts.site(here), head, new Link(title, routes.href(here, target))));
    }

    @Override
    public Optional<Record> search(PagePlan.SearchPlan plan) {
        var config = parts.config();
        Route here = plan.route();
        String name = parts.word("search");
        Head head = Head.website(parts.title(name), config.description(), routes.absolute(here), name, config.ogLocale(),
                config.title(), parts.siteFeeds(), null, null, null, parts.preview(), parts.alternates(here));
        return Optional.of(new SearchPage(parts.site(here), head, routes.href(here, here), routes.href(here, routes.root()),
                routes.href(here, routes.asset("search-analysis.js")), routes.href(here, routes.asset("search.js")),
                config.digits().apply("0123456789"), parts.messages().pluralForms("search_count", "count", "n"),
                parts.messages().pluralForms("search_partial", "count", "n")));
    }
}
