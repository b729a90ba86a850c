package org.warraq.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.warraq.config.SiteConfigLoader;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.files.SiteLayout;
import org.warraq.pipeline.BuildOptions;
import org.warraq.pipeline.BuildResult;
import org.warraq.pipeline.Pipeline;

/**
 * {@code warraq serve}: the editor's preview. Builds the site into {@code .warraq/preview/} (never into the
 * publisher's {@code site/}), serves it over HTTP, rebuilds when {@code site.yaml}, {@code content/} or
 * {@code templates/} change, and tells open pages through server-sent events: reload after a build that
 * changed the site, or show the problems of a failed build over the last good site, which stays served.
 */
public final class Preview implements AutoCloseable {
    /** The preview's output folder inside the site's cache folder. */
    public static final String FOLDER = SiteLayout.CACHE + "/" + SiteLayout.PREVIEW;
    /** The longest a steady stream of changes can hold a rebuild back. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final Path root;
    private final Path out;
    private final BuildOptions build;
    private final PreviewLog log;
    private final String session;
    private final LiveEvents events;
    /** Odd while a build runs; the server uses it to tell a missing page from one being swapped. */
    private final AtomicLong epoch = new AtomicLong();
    private volatile BasePath basePath = BasePath.ROOT;
    private long generation;
    private SiteWatcher watcher;
    private StaticServer server;

    private Preview(ServeOptions options, Path root, PreviewLog log) {
        this.root = root;
        this.out = new SiteLayout(root).preview();
        this.build = new BuildOptions(root, out, options.drafts(), options.strict(), options.threads(), true, true);
        this.log = log;
        this.session = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        this.events = new LiveEvents(new BuildStatus(session + "-0", true, List.of(), "starting"));
    }

    /**
     * Builds the site, starts the server and the watcher. A site that fails to build is served all the same
     * (with its problems on every page); only a missing {@code site.yaml} stops it.
     *
     * @throws BuildFailure when the folder has no {@code site.yaml}
     * @throws IOException  when the server cannot listen (the port is taken) or the folders cannot be watched
     */
    public static Preview start(ServeOptions options, PreviewLog log) throws IOException {
        Path root = options.root().toAbsolutePath().normalize();
        if (!Files.isRegularFile(new SiteLayout(root).config())) {
            SiteConfigLoader.load(root); // throws the usual "site.yaml not found" failure
        }
        Preview preview = new Preview(options, root, log);
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(options.bind()), options.port());
            preview.server = StaticServer.bind(address, preview.out, preview.events, () -> preview.basePath,
                    preview.epoch::get);
            preview.watcher = new SiteWatcher(root, options.quiet(), MAX_WAIT, preview::rebuild);
            preview.rebuild();
            preview.server.start();
            preview.watcher.start();
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    /** The preview's address, e.g. {@code http://127.0.0.1:8080/} (with the base URL's path). */
    public String url() {
        InetSocketAddress address = server.address();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + address.getPort() + basePath.raw();
    }

    public int port() {
        return server.address().getPort();
    }

    /** The folder the preview is built into. */
    public Path folder() {
        return out;
    }

    public BuildStatus status() {
        return events.status();
    }

    /** Open live-reload streams. */
    int streams() {
        return events.streams();
    }

    /**
     * Builds the preview once and tells the pages: {@code reload} when files changed, {@code problems} when
     * the build failed, {@code status} when it succeeded without changing anything (which clears a
     * previous failure's overlay).
     */
    synchronized BuildStatus rebuild() {
        epoch.incrementAndGet();
        try {
            BuildResult result = Pipeline.build(build);
            basePath = BasePath.of(result.baseUrl());
            boolean changed = generation == 0 || result.written() + result.removed() > 0;
            if (changed) {
                generation++;
            }
            BuildStatus status = new BuildStatus(version(), true, List.of(), result.summary("built"));
            log.built(result);
            events.publish(changed ? LiveEvents.RELOAD : LiveEvents.STATUS, status);
            return status;
        } catch (BuildFailure failure) {
            return failed(failure.problems());
        } catch (UncheckedIOException e) {
            return failed(List.of(Problem.error(FOLDER, Position.START, "cannot write the preview: " + e.getCause().getMessage(), "")));
        } catch (RuntimeException | Error e) {
            // whatever one build throws (a StackOverflowError included) is that build's problem, shown on the
            // pages; the preview goes on serving the last good site and watching for the next save
            return failed(List.of(Problem.error("(warraq)", Position.START, "internal error: " + e,
                    "this is a bug in Warraq; please report it")));
        } finally {
            epoch.incrementAndGet();
        }
    }

    private BuildStatus failed(List<Problem> problems) {
        List<Problem> sorted = problems.stream().sorted().toList();
        long errors = sorted.stream().filter(Problem::isError).count();
        String summary = count(errors, "error") + ", " + count(sorted.size() - errors, "warning");
        BuildStatus status = new BuildStatus(version(), false, sorted.stream().map(Problem::format).toList(), summary);
        log.failed(sorted);
        events.publish(LiveEvents.PROBLEMS, status);
        return status;
    }

    private String version() {
        return session + "-" + generation;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Stops watching, closes the pages' event streams and the server. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        events.close();
        if (server != null) {
            server.close();
        }
    }
}
