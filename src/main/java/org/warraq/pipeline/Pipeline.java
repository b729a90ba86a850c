package org.warraq.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.content.ArticleCache;
import org.warraq.content.Content;
import org.warraq.content.ContentLoader;
import org.warraq.content.Markdown;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.IoCause;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;
import org.warraq.files.SiteLayout;
import org.warraq.index.SiteIndex;
import org.warraq.media.Imaging;
import org.warraq.output.BuildState;
import org.warraq.output.IncrementalSink;
import org.warraq.output.NullSink;
import org.warraq.output.OutputDir;
import org.warraq.output.Sink;
import org.warraq.plan.Planner;
import org.warraq.plan.SitePlan;
import org.warraq.render.Renderer;
import org.warraq.render.TemplateEngine;
import org.warraq.routes.Routes;
import org.warraq.search.TermCache;
import org.warraq.theme.Messages;
import org.warraq.theme.Theme;
import org.warraq.util.Fingerprint;
import org.warraq.util.Hashing;
import org.warraq.util.Workers;

/**
 * A build, stage by stage: config → load ({@link Content}) → index ({@link SiteIndex}, one per edition) → plan
 * ({@link SitePlan}, the editions' pages and feeds and the site's sitemaps) → render and write (through a
 * {@link Sink}). Each stage hands immutable values to the
 * next and collects all its problems in one {@link Problems}; the build stops at the end of the first stage
 * with an error. {@link #stages} is the whole pipeline; the rest is the incremental machinery around it
 * (the article cache, the build state, the sinks) and timing.
 */
public final class Pipeline {
    private final BuildOptions options;
    private final SiteLayout layout;
    private final Problems problems = new Problems();
    private final Map<String, Long> stages = new LinkedHashMap<>();
    private long stageStart = System.nanoTime();

    private Pipeline(BuildOptions options) {
        this.options = options;
        this.layout = new SiteLayout(options.root());
    }

    /**
     * Builds the site.
     *
     * @throws BuildFailure with every problem of the failing stage (exit code 1), or a configuration
     *                      problem (exit code 2)
     */
    public static BuildResult build(BuildOptions options) {
        Pipeline pipeline = new Pipeline(options);
        try {
            return pipeline.run();
        } catch (UncheckedIOException e) {
            throw BuildFailure.io(pipeline.shown(e.getCause()), e.getCause());
        }
    }

    /** The file an I/O failure is about, relative to the site folder when it is inside it. */
    private String shown(IOException e) {
        return IoCause.file(e).map(f -> shown(Path.of(f))).orElse(options.out().toString());
    }

    /** {@code path} relative to the site folder when it is inside it. */
    private String shown(Path path) {
        Path file = path.toAbsolutePath().normalize();
        Path root = options.root().toAbsolutePath().normalize();
        return (file.startsWith(root) && !file.equals(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    }

    private BuildResult run() {
        long start = System.nanoTime();
        if (options.write() && options.drafts() && layout.isLiveSite(options.out())) {
            throw BuildFailure.config("(command line)", "--drafts would publish drafts in the live site "
                    + SiteLayout.OUTPUT + "/", "preview them with warraq serve --drafts, or build them into another"
                    + " folder with --out DIR");
        }
        SiteConfig config = SiteConfigLoader.load(options.root());
        try (Workers workers = new Workers(options.threads())) {
            if (!options.write()) {
                NullSink sink = new NullSink();
                Outcome outcome = stages(config, workers, sink);
                return result(config, outcome, sink.count(), 0, 0, start);
            }
            try (OutputDir out = OutputDir.open(options.root(), options.out(), workers)) {
                Path stateFile = layout.stateFile(out.path());
                String outKey = out.path().toString();
                BuildState last = BuildState.read(stateFile, outKey);
                boolean holdsIt = !last.fingerprints().isEmpty() && last.id().equals(out.builtFrom());
                BuildState previous = holdsIt && options.incremental() ? last : BuildState.empty(outKey);
                Optional<Set<String>> owned = holdsIt ? Optional.of(last.fingerprints().keySet()) : Optional.empty();
                IncrementalSink sink = new IncrementalSink(out, previous, owned, stateFile);
                Outcome outcome;
                IncrementalSink.Counts counts;
                try {
                    outcome = stages(config, workers, sink);
                    counts = sink.commit(outcome.pages);
                } catch (RuntimeException | Error e) {
                    try {
                        sink.discard();
                    } catch (RuntimeException cleanup) {
                        e.addSuppressed(cleanup);
                    }
                    throw e;
                }
                lap("commit");
                String shown = shown(out.path());
                for (String file : counts.foreign()) {
                    problems.warning(shown + "/" + file, Position.START, "removed: no Warraq build wrote this file",
                            "to publish a file as it is (CNAME, …), put it in content/ at the same path");
                }
                return result(config, outcome, counts.written(), counts.unchanged(), counts.removed(), start);
            }
        }
    }

    /** The stages, in order. */
    private Outcome stages(SiteConfig config, Workers workers, Sink sink) {
        Theme theme = new Theme(layout.templates());
        Markdown markdown = new Markdown(config.rawHtml(), config.baseUrl());
        Routes routes = new Routes(config);
        String code = Version.codeFingerprint();
        String salt = Hashing.hex(code + "\0" + config.fingerprint());
        Imaging imaging = new Imaging(config.images().widths(), config.images().maxPixels(), layout.cache(), code,
                options.write() && options.incremental());
        lap("start");

        Content content = load(config, markdown, imaging, workers, salt);
        endOfStage("load");
        String pageSalt = Hashing.hex(salt + "\0" + options.drafts() + "\0" + config.editions().stream()
                .map(e -> Messages.hash(theme, e.language())).collect(java.util.stream.Collectors.joining(",")));
        if (sink.sameInputs(inputs(pageSalt, theme, content))) {
            lap("unchanged");
            return new Outcome(content.articles().size(), content.drafts(), sink.previousPages(), SAME_AS_BEFORE);
        }

        List<SiteIndex> indexes = config.editions().stream()
                .map(e -> SiteIndex.build(content.articlesIn(e.language()), config.forEdition(e))).toList();
        endOfStage("index");

        SitePlan plan = Planner.plan(config, indexes, content, theme, imaging, problems);
        endOfStage("plan");

        Optional<TermCache> searchCache = searchCache(salt);
        Renderer renderer = new Renderer(config, routes, theme, markdown, content, imaging, plan, pageSalt, Version.get(),
                problems, searchCache);
        TemplateEngine engine = new TemplateEngine(theme);
        renderer.checkTemplates(engine);
        endOfStage("templates");
        renderer.pages(engine, sink, workers);
        lap("pages");
        renderer.feeds(sink, workers);
        lap("feeds");
        renderer.sitemapsAndCopies(sink, workers);
        endOfStage("sitemaps and files");
        if (options.write()) {
            imaging.save(content.images().keySet(), renderer.variantKeys());
        }
        renderer.search(sink, workers);
        searchCache.ifPresent(c -> c.write(layout.searchCache()));
        endOfStage("search");

        if (options.strict() && !problems.isEmpty()) {
            throw new BuildFailure(BuildFailure.CONTENT, problems.sorted());
        }
        return new Outcome(content.articles().size(), content.drafts(), plan.pages().size(), renderer.outputs());
    }

    /**
     * A digest of every input of the site: code, settings, drafts or not, the theme's files, every article
     * file and every other content file. The output is a function of it, so when it equals the last build's
     * (and that build's files are all there) the site is already what this build would make: it stops here.
     */
    private static String inputs(String pageSalt, Theme theme, Content content) {
        Fingerprint fp = new Fingerprint().add(pageSalt).add(theme.hash());
        content.files().forEach(f -> fp.add(f).add(content.stamp(f)));
        content.articles().forEach(a -> fp.add(a.contentPath()).add(a.hash()));
        return fp.hex();
    }

    /** What earlier builds made of each article for the search index; none for {@code warraq check}, which writes no index. */
    private Optional<TermCache> searchCache(String salt) {
        if (!options.write()) {
            return Optional.empty();
        }
        return Optional.of(options.incremental() ? TermCache.read(layout.searchCache(), salt) : TermCache.empty(salt));
    }

    /** The load stage, with the cache of what earlier builds read from each article file. */
    private Content load(SiteConfig config, Markdown markdown, Imaging imaging, Workers workers, String salt) {
        boolean cached = options.write() && options.incremental();
        ArticleCache cache = cached ? ArticleCache.read(layout.articleCache(), salt) : ArticleCache.empty(salt);
        Content content = ContentLoader.load(config, options.root(), markdown, options.drafts(), workers, problems, cache, imaging);
        if (options.write()) {
            cache.write(layout.articleCache());
        }
        return content;
    }

    /** Outcome.outputs when rendering was skipped: the files are those the previous build wrote. */
    private static final int SAME_AS_BEFORE = -1;

    private record Outcome(int articles, int drafts, int pages, int outputs) {
    }

    private BuildResult result(SiteConfig config, Outcome outcome, int written, int unchanged, int removed, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Problem> warnings = problems.sorted().stream().filter(p -> !p.isError()).toList();
        int outputs = outcome.outputs == SAME_AS_BEFORE ? unchanged : outcome.outputs;
        return new BuildResult(outcome.articles, outcome.drafts, outcome.pages, outputs, written, unchanged,
                removed, millis, warnings, stages, config.baseUrl());
    }

    private void lap(String stage) {
        long now = System.nanoTime();
        stages.merge(stage, (now - stageStart) / 1_000_000, Long::sum);
        stageStart = now;
    }

    private void endOfStage(String stage) {
        lap(stage);
        problems.failIfErrors();
    }
}
