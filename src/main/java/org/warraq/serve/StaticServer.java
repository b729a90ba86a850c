package org.warraq.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The preview's HTTP server (the JDK's {@code com.sun.net.httpserver}): the built site as static files,
 * plus Warraq's own {@code /__warraq/} endpoints.
 *
 * <ul>
 * <li>GET and HEAD only (405 with {@code Allow} otherwise); {@code Cache-Control: no-store} on everything.</li>
 * <li>Paths are decoded by {@link RequestPath} (400 for anything that could leave the folder), resolved
 *     segment by segment under the site folder, and checked again on the real path (symbolic links).</li>
 * <li>A folder gives its {@code index.html}; {@code /x} where x is a folder redirects (301) to {@code /x/};
 *     a missing file gives the site's {@code 404.html} with status 404.</li>
 * <li>HTML responses get the live-reload script before {@code </body>} ({@link LiveScript}); files on disk are
 *     never changed.</li>
 * <li>A request whose {@code Host} is not this computer's gets 403 ({@link AllowedHosts}: DNS rebinding); a
 *     client that is slow to send its headers is cut off ({@link RequestThreads}).</li>
 * <li>The site is served under the base URL's path (e.g. {@code /news/}), as it will be published; with a
 *     base path, {@code /} redirects there.</li>
 * <li>The site folder is replaced whole by every build (two renames). A request that finds nothing while a
 *     build was running looks once more after a moment, so no page is ever missing during a swap.</li>
 * </ul>
 */
final class StaticServer implements AutoCloseable {
    static final String PREFIX = "__warraq";
    private static final String ALLOW = "GET, HEAD";

    private final HttpServer http;
    private final RequestThreads threads;
    private final AllowedHosts hosts;
    private final Path site;
    private final LiveEvents events;
    private final Supplier<BasePath> basePath;
    private final LongSupplier buildEpoch;
    private final byte[] script;

    /**
     * @param site       the folder served
     * @param events     the live-reload streams and the build status
     * @param basePath   the base URL's path (the site is served under it)
     * @param buildEpoch a counter that is odd while a build runs and changes with each build start and end
     */
    private StaticServer(HttpServer http, AllowedHosts hosts, RequestThreads threads, Path site, LiveEvents events,
                         Supplier<BasePath> basePath, LongSupplier buildEpoch) {
        this.http = http;
        this.hosts = hosts;
        this.threads = threads;
        this.site = site;
        this.events = events;
        this.basePath = basePath;
        this.buildEpoch = buildEpoch;
        this.script = LiveScript.bytes();
        http.setExecutor(threads);
        http.createContext("/", this::handle);
    }

    /** Takes the address (so a port in use fails at once); requests wait until {@link #start()}. */
    static StaticServer bind(InetSocketAddress address, Path site, LiveEvents events,
                             Supplier<BasePath> basePath, LongSupplier buildEpoch) throws IOException {
        return bind(address, new RequestThreads(), site, events, basePath, buildEpoch);
    }

    /** With the given request threads (and their time limits). */
    static StaticServer bind(InetSocketAddress address, RequestThreads threads, Path site, LiveEvents events,
                             Supplier<BasePath> basePath, LongSupplier buildEpoch) throws IOException {
        AllowedHosts hosts = new AllowedHosts(address.getHostString(), address.getAddress());
        return new StaticServer(HttpServer.create(address, 128), hosts, threads, site, events, basePath, buildEpoch);
    }

    static StaticServer start(InetSocketAddress address, Path site, LiveEvents events,
                              Supplier<BasePath> basePath, LongSupplier buildEpoch) throws IOException {
        StaticServer server = bind(address, site, events, basePath, buildEpoch);
        server.start();
        return server;
    }

    void start() {
        http.start();
    }

    InetSocketAddress address() {
        return http.getAddress();
    }

    @Override
    public void close() {
        http.stop(0);
        threads.close();
    }

    private void handle(HttpExchange exchange) {
        boolean keepOpen = false;
        try {
            if (!threads.headersRead()) {
                return;
            }
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 403, MimeTypes.TEXT, "403 forbidden: the preview answers only to localhost, 127.0.0.1, "
                        + "[::1] and the address it listens on; open it at one of those\n");
                return;
            }
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", ALLOW);
                send(exchange, 405, MimeTypes.TEXT, "405 method not allowed: use GET or HEAD\n");
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            Optional<RequestPath> parsed = RequestPath.parse(raw);
            if (parsed.isEmpty()) {
                send(exchange, 400, MimeTypes.TEXT, "400 bad request: this path is not allowed\n");
                return;
            }
            RequestPath path = parsed.get();
            if (!path.segments().isEmpty() && path.segments().get(0).equals(PREFIX)) {
                keepOpen = internal(exchange, path, head);
                return;
            }
            // "//x" would be a redirect to the host x: one slash is enough
            serveSite(exchange, path, raw == null || raw.isEmpty() ? "/" : raw.replaceAll("/{2,}", "/"));
        } catch (IOException e) {
            // the page went away; nothing to answer
        } catch (RuntimeException e) {
            try {
                send(exchange, 500, MimeTypes.TEXT, "500 internal error: " + e + "\n");
            } catch (IOException | RuntimeException ignored) {
                // headers may have gone already
            }
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    /** {@code /__warraq/...}; true when the exchange became an event stream (left open). */
    private boolean internal(HttpExchange exchange, RequestPath path, boolean head) throws IOException {
        String name = path.segments().size() == 2 ? path.segments().get(1) : "";
        switch (name) {
            case "live.js" -> send(exchange, 200, MimeTypes.JAVASCRIPT, script);
            case "status" -> send(exchange, 200, MimeTypes.JSON, events.status().toJson());
            case "events" -> {
                Headers h = exchange.getResponseHeaders();
                h.set("Content-Type", MimeTypes.EVENT_STREAM);
                h.set("Cache-Control", "no-store");
                h.set("X-Content-Type-Options", "nosniff");
                if (head) {
                    exchange.sendResponseHeaders(200, -1);
                    return false;
                }
                exchange.sendResponseHeaders(200, 0);
                events.open(exchange);
                return true;
            }
            default -> send(exchange, 404, MimeTypes.TEXT, "404 not found\n");
        }
        return false;
    }

    private void serveSite(HttpExchange exchange, RequestPath path, String raw) throws IOException {
        BasePath base = basePath.get();
        if (!base.segments().isEmpty()) {
            if (path.segments().isEmpty()) {
                redirect(exchange, base.raw());
                return;
            }
            if (!path.startsWith(base.segments())) {
                notFound(exchange);
                return;
            }
            path = path.drop(base.segments().size());
        }
        long epoch = buildEpoch.getAsLong();
        for (int attempt = 0; ; attempt++) {
            String version = events.status().version();
            Found found = find(path);
            try {
                switch (found.kind) {
                    case FILE -> {
                        sendFile(exchange, 200, found.file, version);
                        return;
                    }
                    case FOLDER -> {
                        String query = exchange.getRequestURI().getRawQuery();
                        redirect(exchange, raw + "/" + (query == null ? "" : "?" + query));
                        return;
                    }
                    default -> {
                    }
                }
            } catch (NoSuchFileException e) {
                // replaced by a build between finding and opening: look again
            }
            if (attempt >= 1 || !duringBuild(epoch)) {
                break;
            }
            waitForSite();
        }
        notFound(exchange);
    }

    private enum Kind { FILE, FOLDER, MISSING }

    private record Found(Kind kind, Path file) {
    }

    private static final Found MISSING = new Found(Kind.MISSING, null);

    /** Finds the file for a path, never leaving the site folder (also not through a symbolic link). */
    private Found find(RequestPath path) {
        Path candidate = site;
        for (String segment : path.segments()) {
            if (segment.startsWith(".")) {
                return MISSING; // Warraq never publishes hidden files; the folder's marker stays private
            }
            try {
                candidate = candidate.resolve(segment);
            } catch (java.nio.file.InvalidPathException e) {
                return MISSING; // a name this file system cannot have (e.g. '*' on Windows)
            }
        }
        candidate = candidate.normalize();
        if (!candidate.startsWith(site)) {
            return MISSING;
        }
        Path real;
        Path realSite;
        try {
            realSite = site.toRealPath();
            real = candidate.toRealPath();
        } catch (IOException e) {
            return MISSING;
        }
        if (!real.startsWith(realSite)) {
            return MISSING;
        }
        if (Files.isDirectory(real)) {
            if (!path.trailingSlash()) {
                return new Found(Kind.FOLDER, real);
            }
            Path index = real.resolve("index.html");
            return Files.isRegularFile(index) ? new Found(Kind.FILE, index) : MISSING;
        }
        if (!Files.isRegularFile(real) || path.trailingSlash()) {
            return MISSING;
        }
        return new Found(Kind.FILE, real);
    }

    /** Whether a build ran at some time since {@code epochAtStart} was read (it may have swapped the site). */
    private boolean duringBuild(long epochAtStart) {
        long now = buildEpoch.getAsLong();
        return now != epochAtStart || (now & 1) == 1;
    }

    /** Waits a moment, and while a build runs with the site folder moved away, until it is back (at most 2 s). */
    private void waitForSite() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        try {
            Thread.sleep(20);
            while (!Files.isDirectory(site) && (buildEpoch.getAsLong() & 1) == 1 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        String version = events.status().version();
        Path page = site.resolve("404.html");
        try {
            if (Files.isRegularFile(page)) {
                sendFile(exchange, 404, page, version);
                return;
            }
        } catch (NoSuchFileException e) {
            // swapped away: fall through to the plain page
        }
        boolean built = Files.isDirectory(site);
        String message = built ? "الصفحة غير موجودة" : "لم يُبنَ الموقع بعد: صحّح الأخطاء واحفظ الملف";
        String html = "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + message
                + "</title></head><body><h1>" + message + "</h1></body></html>\n";
        send(exchange, built ? 404 : 503, MimeTypes.HTML, LiveScript.inject(html.getBytes(StandardCharsets.UTF_8), version));
    }

    private void sendFile(HttpExchange exchange, int code, Path file, String version) throws IOException {
        String type = MimeTypes.of(file.getFileName().toString());
        if (MimeTypes.isHtml(type)) {
            send(exchange, code, type, LiveScript.inject(Files.readAllBytes(file), version));
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            Headers h = headers(exchange, type);
            if (exchange.getRequestMethod().equals("HEAD")) {
                h.set("Content-Length", Long.toString(size));
                exchange.sendResponseHeaders(code, -1);
                return;
            }
            exchange.sendResponseHeaders(code, size == 0 ? -1 : size);
            if (size > 0) {
                try (InputStream in = Channels.newInputStream(channel); OutputStream out = exchange.getResponseBody()) {
                    in.transferTo(out);
                }
            }
        }
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 301, MimeTypes.TEXT, "moved to " + location + "\n");
    }

    private void send(HttpExchange exchange, int code, String type, String text) throws IOException {
        send(exchange, code, type, text.getBytes(StandardCharsets.UTF_8));
    }

    private void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        headers(exchange, type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(code, -1);
            return;
        }
        exchange.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Headers headers(HttpExchange exchange, String type) {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        return h;
    }
}
