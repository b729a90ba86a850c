package org.warraq.plan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.warraq.config.FeedContent;
import org.warraq.config.Section;
import org.warraq.config.SiteConfig;
import org.warraq.content.Alias;
import org.warraq.content.Article;
import org.warraq.content.Content;
import org.warraq.content.TagName;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;
import org.warraq.files.ContentPaths;
import org.warraq.files.SiteLayout;
import org.warraq.index.Archive;
import org.warraq.index.Group;
import org.warraq.index.GroupKind;
import org.warraq.index.Period;
import org.warraq.index.SiteIndex;
import org.warraq.media.Imaging;
import org.warraq.routes.FeedFormat;
import org.warraq.routes.FeedScope;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;
import org.warraq.theme.Theme;

/**
 * The plan stage: every file of the site, in a fixed order, each list cut into pages of {@code page_size}. Each
 * edition is planned on its own, with its settings, its index and its routes (its pages and feeds under its
 * folder); the sitemaps, the copied files and the translations between editions are planned over all of them.
 * Two outputs at one path are problems: articles that would share a URL, and files of {@code content/} that
 * would replace a generated page, feed, sitemap or asset.
 */
public final class Planner {
    private final SiteConfig config;
    private final Routes routes;
    private final SiteIndex index;
    private final Map<Article, Teaser> teasers = new IdentityHashMap<>();
    private final Map<Article, FeedPlan.Entry> entries = new IdentityHashMap<>();
    private final Map<String, Route> contentRoutes;
    private final PicturePlanner pictures;

    private Planner(SiteConfig config, SiteIndex index, Map<String, Route> contentRoutes, PicturePlanner pictures) {
        this.config = config;
        this.routes = new Routes(config);
        this.index = index;
        this.contentRoutes = contentRoutes;
        this.pictures = pictures;
    }

    /**
     * Plans the site: {@code indexes} holds the index of each of {@code config}'s editions, in the same order.
     * Conflicts between outputs, and translations that clash, are added to {@code problems}.
     */
    public static SitePlan plan(SiteConfig config, List<SiteIndex> indexes, Content content, Theme theme,
                                Imaging imaging, Problems problems) {
        Map<String, Route> contentRoutes = new HashMap<>();
        Routes routes = new Routes(config);
        PicturePlanner pictures = new PicturePlanner(content, routes, imaging);
        List<Planner> planners = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            Planner planner = new Planner(config.forEdition(config.editions().get(i)), indexes.get(i), contentRoutes,
                    pictures);
            planner.routeArticles();
            planners.add(planner);
        }
        content.files().forEach(f -> contentRoutes.put(f, routes.contentFile(f)));
        List<EditionPlan> editions = planners.stream()
                .map(p -> new EditionPlan(p.config.language(), p.pages(), p.feeds(),
                        p.config.search() ? p.search() : List.of())).toList();
        Map<String, List<Alternate>> alternates = Translations.of(config.editions(), editions, problems);
        List<Teaser> newestFirst = planners.stream().flatMap(p -> p.index.articles().stream())
                .sorted(SiteIndex.NEWEST_FIRST).map(a -> planners.stream().map(p -> p.teasers.get(a))
                        .filter(java.util.Objects::nonNull).findFirst().orElseThrow()).toList();
        List<PagePlan> pages = editions.stream().flatMap(e -> e.pages().stream()).toList();
        List<SitemapPlan> sitemaps = new SitemapPlanner(config, routes, alternates).plan(pages, newestFirst,
                content.preview());
        List<CopyPlan> copies = new ArrayList<>(CopyPlanner.plan(theme, content, routes));
        copies.addAll(pictures.variants());
        List<FeedPlan> feeds = editions.stream().flatMap(e -> e.feeds().stream()).toList();
        List<SearchIndexPlan> search = editions.stream().flatMap(e -> e.search().stream()).toList();
        checkConflicts(planners, routes, content, pages, feeds, sitemaps, copies, search, problems);
        return new SitePlan(editions, sitemaps, copies, contentRoutes, alternates, pictures.pictures(),
                config.images().shareImage().flatMap(pictures::share));
    }

    /** Every article's page, before any page is planned: bodies may link to any article of any edition. */
    private void routeArticles() {
        for (Article a : index.articles()) {
            Route route = routes.article(a);
            teasers.put(a, Teaser.of(a, route, leadPicture(a)));
            contentRoutes.putIfAbsent(a.contentPath(), route);
        }
    }

    /** An article's lead image, when it is a file of {@code content/} the site shows. */
    private Optional<Picture> leadPicture(Article a) {
        return a.image().filter(i -> i.local()).flatMap(i -> pictures.picture(i.src()));
    }

    private List<PagePlan> pages() {
        List<PagePlan> plans = new ArrayList<>();
        Optional<OffsetDateTime> newest = index.articles().stream().map(Article::lastModified)
                .max(Comparator.naturalOrder());
        List<Article> all = index.articles();
        for (int i = 0; i < all.size(); i++) {
            Article a = all.get(i);
            Optional<Teaser> older = i + 1 < all.size() ? Optional.of(teasers.get(all.get(i + 1))) : Optional.empty();
            Optional<Teaser> newer = i > 0 ? Optional.of(teasers.get(all.get(i - 1))) : Optional.empty();
            plans.add(new PagePlan.ArticlePlan(teasers.get(a).route(), a, shownTags(a), older, newer, entry(a).linkTargets(),
                    index.related(a).stream().map(teasers::get).toList(), teasers.get(a).picture()));
        }
        for (Article a : all) {
            for (Alias alias : a.aliases()) {
                plans.add(new PagePlan.RedirectPlan(routes.alias(alias), a.file(), teasers.get(a)));
            }
        }
        paginate(all, this::home, plans);
        for (GroupKind kind : GroupKind.values()) {
            for (Group g : index.groups(kind)) {
                paginate(g.articles(), s -> new PagePlan.GroupPlan(routes.group(kind, g.slug(), s.page()), kind, g.id(),
                        g.slug(), g.name(), g.articles().size(), s), plans);
            }
            boolean overview = switch (kind) {
                case TAG, SOURCE -> true;
                case SECTION -> !config.sections().isEmpty();
                case AUTHOR -> !config.authors().isEmpty();
            };
            if (overview) {
                plans.add(new PagePlan.GroupsPlan(routes.groups(kind), kind, index.overview(kind).stream()
                        .map(g -> new PagePlan.GroupCount(g.slug(), g.name(), g.articles().size())).toList(), newest));
            }
        }
        List<PagePlan.YearCounts> years = index.years().stream().map(y -> new PagePlan.YearCounts(
                new PagePlan.PeriodCount(Period.year(y.year()), y.articles().size()),
                y.months().stream().map(m -> new PagePlan.PeriodCount(Period.month(m.month()), m.articles().size()))
                        .toList())).toList();
        plans.add(new PagePlan.ArchivePlan(routes.archive(), years, all.size(), newest));
        List<Archive.Month> months = index.years().stream().flatMap(y -> y.months().stream()).toList();
        List<Archive.Day> days = months.stream().flatMap(m -> m.days().stream()).toList();
        periods(index.years(), y -> Period.year(y.year()), Archive.Year::articles,
                y -> y.months().stream().map(m -> new PagePlan.PeriodCount(Period.month(m.month()), m.articles().size())).toList(),
                plans);
        periods(months, m -> Period.month(m.month()), Archive.Month::articles,
                m -> m.days().stream().map(d -> new PagePlan.PeriodCount(Period.day(d.date()), d.articles().size())).toList(),
                plans);
        periods(days, d -> Period.day(d.date()), Archive.Day::articles, d -> List.of(), plans);
        plans.add(new PagePlan.NotFoundPlan(routes.notFound()));
        if (config.search()) {
            plans.add(new PagePlan.SearchPlan(routes.search()));
        }
        return plans;
    }

    /**
     * This edition's search index, under its {@code search/}: its terms from every article of the edition, and a
     * result file for each, with the edition's names of sections and authors. Ids follow publication, the oldest
     * 0, so a new article changes no other article's id.
     */
    private List<SearchIndexPlan> search() {
        List<Article> all = index.articles();
        int n = all.size();
        List<SearchIndexPlan.Entry> entries = new ArrayList<>(n);
        for (int id = 0; id < n; id++) {
            Article a = all.get(n - 1 - id);
            entries.add(new SearchIndexPlan.Entry(id, a, teasers.get(a).route(),
                    shownTags(a).stream().map(TagName::name).toList(),
                    a.section().map(config.sections()::get).map(Section::name),
                    a.authors().stream().map(config::authorName).toList()));
        }
        List<SearchIndexPlan> out = new ArrayList<>(n + 1);
        Route terms = routes.searchFile("index.json");
        out.add(new SearchIndexPlan.Terms(terms, entries));
        entries.forEach(e -> out.add(new SearchIndexPlan.Result(routes.searchFile("d/" + e.id() + ".json"), terms, e)));
        return out;
    }

    /**
     * A page of the home page. Page 1 leads with the lead story, lists the rest of its slice, then each section's
     * newest stories that are not on it already.
     */
    private PagePlan home(PagePlan.Slice slice) {
        Route route = routes.home(slice.page());
        if (slice.page() > 1) {
            return new PagePlan.HomePlan(route, slice, Optional.empty(), List.of());
        }
        Optional<Teaser> lead = index.lead().map(teasers::get);
        List<Teaser> latest = slice.items().stream().filter(t -> lead.isEmpty() || t != lead.get()).toList();
        Set<Teaser> shown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        lead.ifPresent(shown::add);
        shown.addAll(latest);
        List<PagePlan.SectionBlock> blocks = new ArrayList<>();
        for (Group section : index.groups(GroupKind.SECTION)) {
            List<Teaser> items = new ArrayList<>();
            for (Article a : section.articles()) {
                if (items.size() >= config.homeSectionItems()) {
                    break;
                }
                if (!shown.contains(teasers.get(a))) {
                    items.add(teasers.get(a));
                }
            }
            if (!items.isEmpty()) {
                blocks.add(new PagePlan.SectionBlock(section.id(), items));
            }
        }
        return new PagePlan.HomePlan(route, new PagePlan.Slice(latest, slice.page(), slice.total()), lead, blocks);
    }

    /** The pages of each period of one depth of the archive (newest first), with its neighbours. */
    private <P> void periods(List<P> list, Function<P, Period> period, Function<P, List<Article>> articles,
                             Function<P, List<PagePlan.PeriodCount>> parts, List<PagePlan> plans) {
        for (int i = 0; i < list.size(); i++) {
            P p = list.get(i);
            Period here = period.apply(p);
            Optional<Period> earlier = i + 1 < list.size() ? Optional.of(period.apply(list.get(i + 1))) : Optional.empty();
            Optional<Period> later = i > 0 ? Optional.of(period.apply(list.get(i - 1))) : Optional.empty();
            List<Article> items = articles.apply(p);
            List<PagePlan.PeriodCount> counts = parts.apply(p);
            paginate(items, s -> new PagePlan.PeriodPlan(routes.period(here, s.page()), here, items.size(), counts,
                    earlier, later, s), plans);
        }
    }

    private List<FeedPlan> feeds() {
        List<FeedPlan> feeds = new ArrayList<>();
        feeds(FeedScope.SITE, Optional.empty(), config.feedContent().site(), index.articles(), feeds);
        for (GroupKind kind : GroupKind.values()) {
            FeedContent content = switch (kind) {
                case TAG -> config.feedContent().tags();
                case SOURCE -> config.feedContent().sources();
                case SECTION -> config.feedContent().sections();
                case AUTHOR -> config.feedContent().authors();
            };
            for (Group g : index.groups(kind)) {
                feeds(new FeedScope.Group(kind, g.slug()), Optional.of(g.name()), content, g.articles(), feeds);
            }
        }
        return feeds;
    }

    private void feeds(FeedScope scope, Optional<String> name, FeedContent content, List<Article> articles,
                       List<FeedPlan> out) {
        List<FeedPlan.Entry> entries = articles.subList(0, Math.min(config.feedSize(), articles.size())).stream()
                .map(a -> content == FeedContent.FULL ? entry(a) : new FeedPlan.Entry(a, List.of())).toList();
        for (FeedFormat format : FeedFormat.values()) {
            out.add(new FeedPlan(routes.feed(format, scope), format, scope, name, content, entries));
        }
    }

    /** An article's tags with the names the site shows for them (the spelling used most often). */
    private List<TagName> shownTags(Article a) {
        for (TagName t : a.tags()) {
            if (!index.tag(t.slug()).map(Group::name).orElse(t.name()).equals(t.name())) {
                return a.tags().stream()
                        .map(x -> new TagName(index.tag(x.slug()).map(Group::name).orElse(x.name()), x.slug())).toList();
            }
        }
        return a.tags();
    }

    /** An article with where its links lead: one per article, shared by its page and its feeds. */
    private FeedPlan.Entry entry(Article a) {
        return entries.computeIfAbsent(a, x -> new FeedPlan.Entry(x, linkTargets(x)));
    }

    /** Number of pages a list of {@code n} items needs (at least one, so an empty home page exists). */
    private int pages(int n) {
        return Math.max(1, (n + config.pageSize() - 1) / config.pageSize());
    }

    private void paginate(List<Article> items, Function<PagePlan.Slice, PagePlan> make, List<PagePlan> out) {
        int total = pages(items.size());
        Teaser[] all = new Teaser[items.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = teasers.get(items.get(i));
        }
        List<Teaser> list = List.of(all);
        for (int page = 1; page <= total; page++) {
            int from = (page - 1) * config.pageSize();
            int to = Math.min(items.size(), from + config.pageSize());
            out.add(make.apply(new PagePlan.Slice(list.subList(from, to), page, total)));
        }
    }

    /**
     * Where the relative references of an article's body lead: part of its page's and feeds' keys, so they are
     * made again when a page or file they link to appears, moves or disappears.
     */
    private List<String> linkTargets(Article article) {
        if (article.references().isEmpty()) {
            return List.of();
        }
        String folder = ContentPaths.folder(article.contentPath());
        List<String> targets = new ArrayList<>(article.references().size());
        for (String reference : article.references()) {
            targets.add(ContentPaths.resolve(folder, ContentPaths.pathOf(reference)).map(this::target).orElse("-"));
        }
        return targets;
    }

    /** Where a content path leads: its output path, with an image's content hash; "-" for nowhere. */
    private String target(String contentPath) {
        Route route = contentRoutes.get(contentPath);
        if (route == null) {
            return "-";
        }
        return pictures.picture(contentPath).map(p -> route.filePath() + " " + p.hash()).orElse(route.filePath());
    }

    /**
     * Two outputs at one path: articles that would share a URL, a content file over a generated file, an alias at
     * the address of a page or file, or two aliases at one address.
     */
    private static void checkConflicts(List<Planner> planners, Routes routes, Content content, List<PagePlan> pages,
                                       List<FeedPlan> feeds, List<SitemapPlan> sitemaps, List<CopyPlan> copies,
                                       List<SearchIndexPlan> search, Problems problems) {
        Map<String, Article> articles = new HashMap<>();
        List<Article> byFile = new ArrayList<>();
        for (Planner planner : planners) {
            List<Article> edition = new ArrayList<>(planner.index.articles());
            edition.sort(Comparator.comparing(Article::file));
            for (Article a : edition) {
                Route route = planner.teasers.get(a).route();
                Article first = articles.putIfAbsent(route.filePath(), a);
                if (first != null) {
                    problems.error(a.file(), new Position(a.slugAt().line(), 1), "same URL " + route.displayPath() + " as " + first.file(), "add a slug: line to one of them");
                }
            }
            byFile.addAll(edition);
        }
        byFile.sort(Comparator.comparing(Article::file));
        Map<String, Integer> outputs = new HashMap<>();
        pages.stream().filter(p -> !(p instanceof PagePlan.RedirectPlan))
                .forEach(p -> outputs.merge(p.route().filePath(), 1, Integer::sum));
        feeds.forEach(f -> outputs.merge(f.route().filePath(), 1, Integer::sum));
        sitemaps.forEach(f -> outputs.merge(f.route().filePath(), 1, Integer::sum));
        copies.forEach(c -> outputs.merge(c.route().filePath(), 1, Integer::sum));
        search.forEach(f -> outputs.merge(f.route().filePath(), 1, Integer::sum));
        Set<String> folders = new HashSet<>();
        outputs.keySet().forEach(path -> folders.addAll(ContentPaths.folders(path)));
        List<String> searchFolders = search.stream().filter(f -> f instanceof SearchIndexPlan.Terms)
                .map(f -> f.route().filePath().replaceFirst("[^/]+$", "")).toList();
        for (String file : content.files()) {
            String path = routes.contentFile(file).filePath();
            String shown = SiteLayout.CONTENT + "/" + file;
            if (outputs.get(path) > 1 || path.equals(SiteLayout.MARKER)) {
                problems.error(shown, Position.START,
                        "this file would replace a page Warraq generates (/" + path + ")", "rename or move it");
            } else if (searchFolders.stream().anyMatch(path::startsWith)) {
                problems.error(shown, Position.START, "/" + searchFolders.stream().filter(path::startsWith).findFirst()
                        .orElseThrow() + " holds the search index, whose files Warraq names", "rename or move it");
            } else if (folders.contains(path)) {
                problems.error(shown, Position.START,
                        "this file would stand where Warraq makes the folder /" + path + "/", "rename or move it");
            } else {
                ContentPaths.folders(path).stream().filter(outputs::containsKey).findFirst().ifPresent(folder ->
                        problems.error(shown, Position.START, "this file's folder /" + folder
                                + "/ would stand where Warraq writes the file /" + folder, "rename or move the folder"));
            }
        }
        Map<String, Article> aliases = new HashMap<>();
        for (Article a : byFile) {
            for (Alias alias : a.aliases()) {
                String path = routes.alias(alias).filePath();
                Optional<String> taken = Optional.of(path).filter(p -> outputs.containsKey(p) || folders.contains(p)
                        || p.equals(SiteLayout.MARKER))
                        .or(() -> ContentPaths.folders(path).stream().filter(outputs::containsKey).findFirst());
                Article other = aliases.putIfAbsent(path, a);
                if (taken.isPresent()) {
                    problems.error(a.file(), alias.at(), "alias '" + alias.written() + "' is the address of a page or file"
                            + " of the site (/" + taken.get() + ")", "an alias is an old address that no longer has a page: remove it");
                } else if (other != null) {
                    problems.error(a.file(), alias.at(), "alias '" + alias.written() + "' is also an alias of "
                            + (other == a ? "this article" : other.file()), "an old address can lead to one article only");
                }
            }
        }
    }
}
