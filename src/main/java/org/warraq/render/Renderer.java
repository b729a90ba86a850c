package org.warraq.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.warraq.config.FeedContent;
import org.warraq.config.Edition;
import org.warraq.config.SiteConfig;
import org.warraq.content.Article;
import org.warraq.content.Body;
import org.warraq.content.Content;
import org.warraq.content.Markdown;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;
import org.warraq.files.SiteLayout;
import org.warraq.media.Imaging;
import org.warraq.output.Sink;
import org.warraq.plan.CopyPlan;
import org.warraq.plan.EditionPlan;
import org.warraq.plan.SitePlan;
import org.warraq.plan.SitemapPlan;
import org.warraq.publish.Feeds;
import org.warraq.publish.Sitemaps;
import org.warraq.routes.Routes;
import org.warraq.search.TermCache;
import org.warraq.theme.Messages;
import org.warraq.theme.Theme;
import org.warraq.util.Fingerprint;
import org.warraq.util.TextBuffer;
import org.warraq.util.Workers;

/**
 * The render stage: every file of the {@link SitePlan} whose key changed is made and handed to the sink
 * (pages through the theme's templates, feeds, sitemaps, copied files). A file's key is the fingerprint of
 * its plan with the build's salt (code, settings, drafts) and, for pages, the hash of its template and
 * everything the template includes; equal keys mean equal bytes, so a file whose key the sink already has
 * is not made again.
 */
public final class Renderer {
    private final SiteConfig config;
    private final Routes routes;
    private final SitePlan plan;
    private final String salt;
    private final String version;
    private final Problems problems;
    private final Set<String> inFeeds = new HashSet<>();
    private final Markdown markdown;
    /** Each edition's bodies: their embeds speak the edition's language. */
    private final Map<String, Bodies> bodies = new TreeMap<>();
    private final Theme theme;
    private final Map<String, Messages> messages = new TreeMap<>();
    /** Each edition's view parts: its settings, routes and words. */
    private final Map<String, ViewParts> parts = new TreeMap<>();
    private final Content content;
    private final Imaging imaging;
    private final Optional<SiteSearch> search;
    private final Map<String, String> templateHashes = new TreeMap<>();

    /**
     * @param salt        what every output depends on besides its plan: code, settings, drafts (and here the
     *                    images site.yaml names, with their sizes and copies: the site's image for social
     *                    networks, which every page names, and the registries' section images and author photos)
     * @param version     Warraq's version, for generator tags
     * @param searchCache what earlier builds made of the articles for the search index; empty: the index is not
     *                    made ({@code warraq check})
     */
    public Renderer(SiteConfig config, Routes routes, Theme theme, Markdown markdown, Content content,
                    Imaging imaging, SitePlan plan, String salt, String version, Problems problems,
                    Optional<TermCache> searchCache) {
        this.config = config;
        this.content = content;
        this.imaging = imaging;
        this.theme = theme;
        this.routes = routes;
        this.plan = plan;
        Fingerprint pageSalt = new Fingerprint().add(salt).add(plan.shareImage());
        config.images().registryImages().keySet().forEach(image -> pageSalt.add(image).add(plan.pictureOf(image)));
        this.salt = pageSalt.hex();
        this.version = version;
        this.problems = problems;
        this.markdown = markdown;
        plan.feeds().stream().filter(f -> f.content() == FeedContent.FULL)
                .forEach(f -> f.entries().forEach(e -> inFeeds.add(e.article().contentPath())));
        this.search = searchCache.filter(c -> !plan.search().isEmpty()).map(c -> new SiteSearch(plan.search(), c));
        Set<String> templates = new LinkedHashSet<>();
        plan.pages().forEach(p -> templates.add(p.template()));
        templates.forEach(t -> templateHashes.put(t, theme.closureHash(t)));
    }

    /**
     * Loads every template the pages use and the theme's words (which bodies' embeds use too); syntax errors are
     * problems with their positions.
     */
    public void checkTemplates(TemplateEngine engine) {
        engine.check(List.copyOf(templateHashes.keySet()), problems);
        Problems each = new Problems();
        BiConsumer<Article, Body> indexer = search.<BiConsumer<Article, Body>>map(x -> x::rendered).orElse((a, b) -> { });
        for (Edition edition : config.editions()) {
            Messages words = Messages.load(theme, edition.language(), edition.digits().cldr(), each);
            messages.put(edition.language(), words);
            bodies.put(edition.language(), new Bodies(content.bodies(), markdown, routes, plan, inFeeds,
                    new EmbedMarkup(words), indexer));
            parts.put(edition.language(), new ViewParts(config.forEdition(edition), words, "Warraq " + version,
                    content.preview(), plan));
        }
        new LinkedHashSet<>(each.list()).forEach(problems::add);
    }

    /** The settings of the edition of {@code plan}. */
    private SiteConfig config(EditionPlan edition) {
        return config.forEdition(config.edition(edition.language()).orElseThrow());
    }

    /**
     * Renders the pages whose key changed, edition by edition. A page's key is its plan's fingerprint with its
     * versions in other editions (its hreflang links and language switch).
     */
    public void pages(TemplateEngine engine, Sink sink, Workers workers) {
        for (EditionPlan edition : plan.editions()) {
            Views views = new Views(parts.get(edition.language()), bodies.get(edition.language()), problems);
            pages(edition, views, engine, sink, workers);
        }
    }

    private void pages(EditionPlan edition, Views views, TemplateEngine engine, Sink sink, Workers workers) {
        workers.each(edition.pages(), page -> {
            String key = new Fingerprint().add(salt).add(templateHashes.get(page.template())).add(page)
                    .add(plan.alternates(page.route())).hex();
            String path = page.route().filePath();
            if (sink.isCurrent(path, key)) {
                return;
            }
            Optional<Record> view = page.accept(views);
            if (view.isEmpty()) {
                return;
            }
            TextBuffer out = new TextBuffer(32768);
            Optional<Problem> failure = engine.render(page.template(), view.get(), out);
            if (failure.isPresent()) {
                problems.addRecurring(failure.get(), page.shownAs());
                return;
            }
            sink.write(path, key, out.utf8());
        });
    }

    /** Writes the feeds whose key changed, edition by edition. */
    public void feeds(Sink sink, Workers workers) {
        for (EditionPlan edition : plan.editions()) {
            SiteConfig settings = config(edition);
            Messages words = messages.get(edition.language());
            Feeds feeds = new Feeds(settings, new Routes(settings), version);
            workers.each(edition.feeds(), feed -> emit(sink, feed.route().filePath(), key(feed), () -> feeds.feed(feed,
                    feed.name().map(n -> words.format("feed_title", "site", settings.title(), "name", n)).orElse(settings.title()),
                    a -> bodies.get(edition.language()).forFeed(a, problems))));
        }
    }

    /**
     * Writes the sitemaps and robots.txt, copies the files published as they are and the smaller copies of
     * images (from Warraq's store, encoded there first when new), where their key changed. {@code warraq check}
     * (a sink that writes nothing) encodes nothing.
     */
    public void sitemapsAndCopies(Sink sink, Workers workers) {
        Sitemaps sitemaps = new Sitemaps(config, routes);
        for (SitemapPlan file : plan.sitemaps()) {
            emit(sink, file.route().filePath(), key(file), () -> sitemaps.write(file));
        }
        Map<String, List<CopyPlan.ImageVariant>> variants = new TreeMap<>();
        CopyPlan.Visitor<Void> copier = new CopyPlan.Visitor<>() {
            @Override
            public Void themeFile(CopyPlan.ThemeFile file) {
                emit(sink, file.route().filePath(), file.key(), file::bytes);
                return null;
            }

            @Override
            public Void cleanedFile(CopyPlan.CleanedFile file) {
                emit(sink, file.route().filePath(), file.key(), file::bytes);
                return null;
            }

            @Override
            public Void contentFile(CopyPlan.ContentFile file) {
                if (!sink.isCurrent(file.route().filePath(), file.key())) {
                    sink.copy(file.route().filePath(), file.key(), content.folder().resolve(file.contentPath()));
                }
                return null;
            }

            @Override
            public Void imageVariant(CopyPlan.ImageVariant variant) {
                if (!sink.isCurrent(variant.route().filePath(), variant.key())) {
                    variants.computeIfAbsent(variant.contentPath(), k -> new ArrayList<>()).add(variant);
                }
                return null;
            }
        };
        plan.copies().forEach(copy -> copy.accept(copier));
        if (sink.writes()) {
            workers.each(List.copyOf(variants.values()), list -> variants(list, sink));
        }
    }

    /** The variants of one image: made from it once (or taken from the store), then copied into the site. */
    private void variants(List<CopyPlan.ImageVariant> list, Sink sink) {
        CopyPlan.ImageVariant first = list.get(0);
        try {
            Map<Integer, Path> files = imaging.variants(content.folder().resolve(first.contentPath()), first.facts(),
                    list.stream().map(CopyPlan.ImageVariant::width).toList());
            list.forEach(v -> sink.copy(v.route().filePath(), v.key(), files.get(v.width())));
        } catch (IOException e) {
            problems.error(SiteLayout.CONTENT + "/" + first.contentPath(), Position.START,
                    "cannot make the smaller copies of this image: " + e.getMessage(),
                    "open it in an image editor and export it again");
        }
    }

    /** The keys of the smaller copies of images this site has: what Warraq's store of them keeps. */
    public List<String> variantKeys() {
        return plan.copies().stream().filter(CopyPlan.ImageVariant.class::isInstance).map(CopyPlan::key).toList();
    }

    /**
     * Writes each edition's search index: indexes the articles the page pass did not render and the cache did not
     * have, then writes the indexes' files and result files whose key changed.
     */
    public void search(Sink sink, Workers workers) {
        search.ifPresent(s -> s.write(sink, workers, bodies::get, parts::get, salt, problems));
    }

    /** How many files the site has. */
    public int outputs() {
        return plan.pages().size() + plan.feeds().size() + plan.sitemaps().size() + plan.copies().size()
                + search.map(SiteSearch::files).orElse(0);
    }

    private String key(Object file) {
        return new Fingerprint().add(salt).add(file).hex();
    }

    private static void emit(Sink sink, String path, String key, Supplier<byte[]> bytes) {
        if (!sink.isCurrent(path, key)) {
            sink.write(path, key, bytes.get());
        }
    }
}
