package org.warraq.render;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.warraq.config.FeedContent;
import org.warraq.config.SiteConfig;
import org.warraq.content.Content;
import org.warraq.content.Markdown;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;
import org.warraq.output.Sink;
import org.warraq.plan.CopyPlan;
import org.warraq.plan.SitePlan;
import org.warraq.plan.SitemapPlan;
import org.warraq.publish.Feeds;
import org.warraq.publish.Sitemaps;
import org.warraq.routes.Routes;
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
    private final Bodies bodies;
    private final Theme theme;
    private Messages messages;
    private final Content content;
    private final Map<String, String> templateHashes = new TreeMap<>();

    /**
     * @param salt    what every output depends on besides its plan: code, settings, drafts
     * @param version Warraq's version, for generator tags
     */
    public Renderer(SiteConfig config, Routes routes, Theme theme, Markdown markdown, Content content,
                    SitePlan plan, String salt, String version, Problems problems) {
        this.config = config;
        this.content = content;
        this.theme = theme;
        this.routes = routes;
        this.plan = plan;
        this.salt = salt;
        this.version = version;
        this.problems = problems;
        Set<String> inFeeds = new HashSet<>();
        plan.feeds().stream().filter(f -> f.content() == FeedContent.FULL)
                .forEach(f -> f.entries().forEach(e -> inFeeds.add(e.article().contentPath())));
        this.bodies = new Bodies(content.bodies(), markdown, routes, plan, inFeeds);
        Set<String> templates = new LinkedHashSet<>();
        plan.pages().forEach(p -> templates.add(p.template()));
        templates.forEach(t -> templateHashes.put(t, theme.closureHash(t)));
    }

    /**
     * Loads every template the pages use and the theme's words; syntax errors are problems with their
     * positions.
     */
    public void checkTemplates(TemplateEngine engine) {
        engine.check(List.copyOf(templateHashes.keySet()), problems);
        messages = Messages.load(theme, config.language(), config.digits().cldr(), problems);
    }

    /** Renders the pages whose key changed. */
    public void pages(TemplateEngine engine, Sink sink, Workers workers) {
        Views views = new Views(new ViewParts(config, routes, messages, "Warraq " + version, content.preview()), bodies,
                problems);
        workers.each(plan.pages(), page -> {
            String key = new Fingerprint().add(salt).add(templateHashes.get(page.template())).add(page).hex();
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

    /** Writes the feeds whose key changed. */
    public void feeds(Sink sink, Workers workers) {
        Feeds feeds = new Feeds(config, routes, version);
        workers.each(plan.feeds(), feed -> emit(sink, feed.route().filePath(), key(feed), () -> feeds.feed(feed,
                feed.name().map(n -> messages.format("feed_title", "site", config.title(), "name", n)).orElse(config.title()),
                a -> bodies.forFeed(a, problems))));
    }

    /** Writes the sitemaps and robots.txt, and copies the files published as they are, where their key changed. */
    public void sitemapsAndCopies(Sink sink) {
        Sitemaps sitemaps = new Sitemaps(config, routes);
        for (SitemapPlan file : plan.sitemaps()) {
            emit(sink, file.route().filePath(), key(file), () -> sitemaps.write(file));
        }
        CopyPlan.Visitor<Void> copier = new CopyPlan.Visitor<>() {
            @Override
            public Void themeFile(CopyPlan.ThemeFile file) {
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
        };
        plan.copies().forEach(copy -> copy.accept(copier));
    }

    /** How many files the site has. */
    public int outputs() {
        return plan.pages().size() + plan.feeds().size() + plan.sitemaps().size() + plan.copies().size();
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
