package org.warraq.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warraq.config.FeedContent;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.content.Article;
import org.warraq.content.ArticleCache;
import org.warraq.content.ArticleReader;
import org.warraq.content.Body;
import org.warraq.content.Content;
import org.warraq.content.ContentLoader;
import org.warraq.content.Markdown;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;
import org.warraq.files.SiteLayout;
import org.warraq.index.SiteIndex;
import org.warraq.index.SourceGroup;
import org.warraq.index.Tag;
import org.warraq.output.BuildState;
import org.warraq.output.IncrementalSink;
import org.warraq.output.NullSink;
import org.warraq.output.OutputDir;
import org.warraq.output.Sink;
import org.warraq.publish.FeedScope;
import org.warraq.publish.Feeds;
import org.warraq.publish.Sitemaps;
import org.warraq.render.Bodies;
import org.warraq.render.Fingerprint;
import org.warraq.render.PageKeys;
import org.warraq.render.PagePlan;
import org.warraq.render.Planner;
import org.warraq.render.TemplateEngine;
import org.warraq.render.Theme;
import org.warraq.render.Views;
import org.warraq.render.view.ArticlePage;
import org.warraq.render.view.Html;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;
import org.warraq.util.Hashing;
import org.warraq.util.TextBuffer;
import org.warraq.util.Workers;

/**
 * Runs a build: load, index, plan, render and write, each stage handing immutable values to the next.
 * Each stage collects all its problems and the build stops at the end of the first stage with an error.
 */
public final class Builder {

    private final BuildOptions options;
    private final Problems problems = new Problems();
    private final java.util.Map<String, Long> stages = new java.util.LinkedHashMap<>();
    private long stageStart = System.nanoTime();

    private Builder(BuildOptions options) {
        this.options = options;
    }

    /**
     * Builds the site.
     *
     * @throws BuildFailure with every problem of the failing stage (exit code 1), or a configuration
     *                      problem (exit code 2)
     */
    public static BuildResult build(BuildOptions options) {
        return new Builder(options).run();
    }

    private BuildResult run() {
        long start = System.nanoTime();
        Path root = options.root();
        SiteConfig config = SiteConfigLoader.load(root);
        if (!options.write()) {
            try (Workers workers = new Workers(options.threads())) {
                NullSink sink = new NullSink();
                Outcome outcome = render(config, workers, sink);
                return result(outcome, sink.count(), 0, 0, start);
            }
        }
        try (Workers workers = new Workers(options.threads());
             OutputDir out = OutputDir.open(root, options.out(), workers)) {
            String outKey = out.path().toString();
            Path stateFile = new SiteLayout(root).stateFile(out.path());
            BuildState previous = options.incremental() ? BuildState.read(stateFile, outKey) : BuildState.empty(outKey);
            IncrementalSink sink = new IncrementalSink(out, previous, stateFile);
            Outcome outcome;
            try {
                outcome = render(config, workers, sink);
            } catch (RuntimeException | Error e) {
                sink.discard();
                throw e;
            }
            IncrementalSink.Counts counts = sink.commit();
            lap("commit");
            return result(outcome, counts.written(), counts.unchanged(), counts.removed(), start);
        }
    }

    private BuildResult result(Outcome outcome, int written, int unchanged, int removed, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Problem> warnings = problems.sorted().stream().filter(p -> !p.isError()).toList();
        int outputs = outcome.outputs == SAME_AS_BEFORE ? unchanged : outcome.outputs;
        return new BuildResult(outcome.articles, outcome.drafts, outcome.pages, outputs, written, unchanged,
                removed, millis, warnings, stages);
    }

    /** Outcome.outputs when rendering was skipped: the files are those the previous build wrote. */
    private static final int SAME_AS_BEFORE = -1;

    private record Outcome(int articles, int drafts, int pages, int outputs) {
    }

    private Outcome render(SiteConfig config, Workers workers, Sink sink) {
        Path root = options.root();
        Theme theme = new Theme(new SiteLayout(root).templates());
        Markdown markdown = new Markdown(config.rawHtml(), config.baseUrl());
        ArticleReader reader = new ArticleReader(config, new SiteLayout(root).content(), SiteLayout.CONTENT, markdown);

        String salt = salt(Version.codeFingerprint());
        lap("start");
        Path cacheFile = new SiteLayout(root).articleCache();
        ArticleCache cache = options.write() && options.incremental() ? ArticleCache.read(cacheFile, salt)
                : ArticleCache.empty(salt);
        Content content = ContentLoader.load(root, reader, options.drafts(), workers, problems, cache);
        if (options.write()) {
            cache.write(cacheFile);
        }
        lap("load");
        endOfStage();
        SiteIndex index = SiteIndex.build(content.articles(), config, problems);
        lap("index");
        endOfStage();

        Routes routes = new Routes(config);
        List<PagePlan> plans = new Planner(routes, config.pageSize()).plan(index);
        List<FeedScope> scopes = feedScopes(config, index);
        Copies copies = copies(theme, content);
        checkConflicts(content, plans, copies, routes);
        Set<String> templates = new LinkedHashSet<>();
        plans.forEach(p -> templates.add(p.template()));
        lap("plan");
        endOfStage();

        String version = Version.get();
        String pageSalt = Hashing.hex(salt + "\0" + options.drafts());
        Map<String, String> templateHashes = new HashMap<>();
        templates.forEach(t -> templateHashes.put(t, theme.closureHash(t)));
        Set<String> inFeeds = new HashSet<>();
        if (config.feedContent() == FeedContent.FULL) {
            scopes.forEach(s -> s.entries().forEach(a -> inFeeds.add(a.contentPath())));
        }
        Bodies bodies = new Bodies(reader, markdown, routes, index, new HashSet<>(content.files()), inFeeds);
        Views views = new Views(config, routes, index, "Warraq " + version);
        if (sink.sameInputs(inputs(pageSalt, templateHashes, copies, content, bodies))) {
            lap("pages");
            return new Outcome(content.articles().size(), content.drafts(), plans.size(), SAME_AS_BEFORE);
        }
        TemplateEngine engine = new TemplateEngine(theme);
        engine.check(List.copyOf(templates), problems);
        lap("templates");
        endOfStage();

        PageKeys keys = new PageKeys(index, templateHashes, pageSalt);
        workers.each(plans, plan -> page(plan, views, bodies, engine, keys, sink));
        lap("pages");
        Feeds feeds = new Feeds(config, routes, version);
        List<Runnable> jobs = new ArrayList<>();
        for (FeedScope scope : scopes) {
            String fp = feedFingerprint(pageSalt, scope, bodies);
            jobs.add(() -> emit(sink, routes.atom(scope.scope()), fp + "atom",
                    () -> feeds.atom(scope, a -> feedBody(bodies, a))));
            jobs.add(() -> emit(sink, routes.rss(scope.scope()), fp + "rss",
                    () -> feeds.rss(scope, a -> feedBody(bodies, a))));
        }
        workers.each(jobs, Runnable::run);
        lap("feeds");

        Sitemaps sitemaps = new Sitemaps(config, routes);
        List<Sitemaps.Entry> entries = new ArrayList<>();
        for (PagePlan plan : plans) {
            if (!(plan instanceof PagePlan.NotFoundPlan)) {
                entries.add(new Sitemaps.Entry(plan.route(), plan.lastModified()));
            }
        }
        Map<Route, byte[]> xml = new java.util.LinkedHashMap<>(sitemaps.sitemap(entries));
        xml.putAll(sitemaps.news(index.articles()));
        xml.put(routes.robots(), sitemaps.robots());
        xml.forEach((route, bytes) -> emit(sink, route, Hashing.hex(bytes), () -> bytes));
        int outputs = plans.size() + scopes.size() * 2 + xml.size() + copyFiles(copies, routes, sink);
        lap("sitemaps and files");

        endOfStage();
        if (options.strict() && !problems.isEmpty()) {
            throw new BuildFailure(BuildFailure.CONTENT, problems.sorted());
        }
        return new Outcome(content.articles().size(), content.drafts(), plans.size(), outputs);
    }

    private void page(PagePlan plan, Views views, Bodies bodies, TemplateEngine engine, PageKeys keys, Sink sink) {
        Article article = plan instanceof PagePlan.ArticlePlan a ? a.article() : null;
        String fingerprint = keys.key(plan, article == null ? "" : bodies.linkKey(article));
        String path = plan.route().filePath();
        if (sink.isCurrent(path, fingerprint)) {
            return;
        }
        Object view = views.view(plan);
        if (article != null) {
            Optional<Body> body = bodies.body(article, problems);
            if (body.isEmpty()) {
                return;
            }
            ArticlePage page = (ArticlePage) view;
            view = new ArticlePage(page.site(), page.head(), page.article().withBody(new Html(body.get().html())),
                    page.older(), page.newer(), page.breadcrumbs());
        }
        TextBuffer out = new TextBuffer(32768);
        Optional<Problem> failure = engine.render(plan.template(), view, out);
        if (failure.isPresent()) {
            problems.addRecurring(failure.get(), article != null ? article.file() : "/" + plan.route().urlPath());
            return;
        }
        sink.write(path, fingerprint, out.utf8());
    }

    private String feedBody(Bodies bodies, Article article) {
        return bodies.forFeed(article, problems);
    }

    private static String feedFingerprint(String salt, FeedScope scope, Bodies bodies) {
        Fingerprint fp = new Fingerprint().add(salt).add(scope.scope()).add(scope.title()).add(scope.description());
        for (Article a : scope.entries()) {
            fp.add(a.contentPath()).add(a.hash()).add(bodies.linkKey(a));
        }
        return fp.hex();
    }

    private static void emit(Sink sink, Route route, String fingerprint, java.util.function.Supplier<byte[]> bytes) {
        String path = route.filePath();
        if (!sink.isCurrent(path, fingerprint)) {
            sink.write(path, fingerprint, bytes.get());
        }
    }

    /**
     * The files published as they are, read or stat'ed once per build: the theme's static files with their
     * bytes, and the other files of content/ with their size and time.
     */
    private record Copies(Map<String, byte[]> theme, Map<String, String> contentStamps) {
    }

    private Copies copies(Theme theme, Content content) {
        Map<String, byte[]> statics = new java.util.LinkedHashMap<>();
        theme.staticFiles().forEach(name -> statics.put(name, theme.read(Theme.STATIC + "/" + name).orElseThrow()));
        Path contentDir = new SiteLayout(options.root()).content();
        Map<String, String> stamps = new java.util.LinkedHashMap<>();
        content.files().forEach(file -> stamps.put(file, fileStamp(contentDir.resolve(file))));
        return new Copies(statics, stamps);
    }

    private int copyFiles(Copies copies, Routes routes, Sink sink) {
        copies.theme().forEach((name, bytes) -> emit(sink, routes.asset(name), Hashing.hex(bytes), () -> bytes));
        Path contentDir = new SiteLayout(options.root()).content();
        copies.contentStamps().forEach((file, fp) -> {
            String path = routes.contentFile(file).filePath();
            if (!sink.isCurrent(path, fp)) {
                sink.copy(path, fp, contentDir.resolve(file));
            }
        });
        return copies.theme().size() + copies.contentStamps().size();
    }

    private List<FeedScope> feedScopes(SiteConfig config, SiteIndex index) {
        int n = config.feedSize();
        List<FeedScope> scopes = new ArrayList<>();
        scopes.add(new FeedScope(List.of(), config.title(), config.description(), head(index.articles(), n)));
        for (Tag tag : index.tags()) {
            scopes.add(new FeedScope(List.of("tags", tag.slug()), config.title() + " – " + tag.name(),
                    config.description(), head(tag.articles(), n)));
        }
        for (SourceGroup group : index.sources()) {
            scopes.add(new FeedScope(List.of("sources", group.source().slug()),
                    config.title() + " – " + group.source().name(), config.description(), head(group.articles(), n)));
        }
        return scopes;
    }

    private static List<Article> head(List<Article> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    /** Non-Markdown files of content/ must not land on a generated page, feed or asset. */
    private void checkConflicts(Content content, List<PagePlan> plans, Copies copies, Routes routes) {
        Set<String> generated = new HashSet<>();
        plans.forEach(p -> generated.add(p.route().filePath()));
        copies.theme().keySet().forEach(f -> generated.add(routes.asset(f).filePath()));
        for (String file : content.files()) {
            String path = routes.contentFile(file).filePath();
            boolean reserved = generated.contains(path) || path.endsWith("feed.xml") || path.endsWith("rss.xml")
                    || path.matches("(news-)?sitemap(-\\d+)?\\.xml") || path.equals("robots.txt")
                    || path.equals(SiteLayout.MARKER);
            if (reserved) {
                problems.error(SiteLayout.CONTENT + "/" + file, Position.START, "this file would replace a page Warraq generates (/" + path + ")",
                        "rename or move it");
            }
        }
    }

    /** Warraq's code and site.yaml: when either changes, nothing cached is reused. */
    private String salt(String code) {
        try {
            byte[] site = Files.readAllBytes(new SiteLayout(options.root()).config());
            return Hashing.hex(code + "\0" + Hashing.hex(site));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A digest of every input of the site: code, settings, templates, static files, every article (its file's
     * hash and what its links resolve to) and every other content file. The output is a function of it.
     */
    private String inputs(String pageSalt, Map<String, String> templateHashes, Copies copies, Content content,
                          Bodies bodies) {
        Fingerprint fp = new Fingerprint().add(pageSalt).add(new java.util.TreeMap<>(templateHashes));
        copies.theme().forEach((name, bytes) -> fp.add(name).add(Hashing.hex(bytes)));
        for (Article a : content.articles()) {
            fp.add(a.contentPath()).add(a.hash()).add(bodies.linkKey(a));
        }
        fp.add(copies.contentStamps());
        return fp.hex();
    }

    private static String fileStamp(Path file) {
        try {
            return "file:" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void lap(String stage) {
        long now = System.nanoTime();
        stages.merge(stage, (now - stageStart) / 1_000_000, Long::sum);
        stageStart = now;
    }

    private void endOfStage() {
        problems.failIfErrors();
    }
}
