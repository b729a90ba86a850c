package org.warraq.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server alone, over a folder the test controls: the swap of the site folder, and base paths. */
class StaticServerTest {
    @TempDir
    Path dir;
    private final LiveEvents events = new LiveEvents(new BuildStatus("test-1", true, List.of(), "built"));
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
    private StaticServer server;

    @AfterEach
    void close() {
        later.shutdownNow();
        if (server != null) {
            server.close();
        }
        events.close();
    }

    private Http start(Path site, BasePath base, AtomicLong epoch) throws IOException {
        server = StaticServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), site, events,
                () -> base, epoch::get);
        return new Http(server.address().getPort());
    }

    @Test
    void aRequestBetweenTheTwoRenamesOfASwapWaitsForTheNewSite() throws IOException {
        Path site = dir.resolve("site");
        Path next = dir.resolve(".site.staging");
        TestSite.write(next, "index.html", "<!DOCTYPE html><html><body><p>new site</p></body></html>\n");
        AtomicLong epoch = new AtomicLong(1); // a build is running, and the site folder is moved away
        Http http = start(site, BasePath.ROOT, epoch);
        later.schedule(() -> {
            Files.move(next, site);
            epoch.incrementAndGet();
            return null;
        }, 300, TimeUnit.MILLISECONDS);

        HttpResponse<String> r = http.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("new site", "data-warraq-version=\"test-1\"");
    }

    @Test
    void withoutABuildAMissingPageIsMissingAtOnce() throws IOException {
        Path site = dir.resolve("site");
        TestSite.write(site, "index.html", "<html><body>x</body></html>");
        Http http = start(site, BasePath.ROOT, new AtomicLong(2));
        long start = System.nanoTime();
        assertThat(http.get("/missing/").statusCode()).isEqualTo(404);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);
    }

    @Test
    void aSiteWithNothingBuiltYetSaysSoWith503() throws IOException {
        Http http = start(dir.resolve("never-built"), BasePath.ROOT, new AtomicLong(2));
        HttpResponse<String> r = http.get("/");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("lang=\"ar\" dir=\"rtl\"", "/__warraq/live.js");
    }

    @Test
    void servesTheSiteUnderTheBaseUrlsPath() throws IOException {
        Path site = dir.resolve("site");
        TestSite.write(site, "index.html", "<html><body>home</body></html>");
        TestSite.write(site, "404.html", "<html><body>not here</body></html>");
        TestSite.write(site, "أخبار/index.html", "<html><body>arabic folder</body></html>");
        Http http = start(site, BasePath.of(java.net.URI.create("https://example.org/news/")), new AtomicLong(2));

        HttpResponse<String> root = http.get("/");
        assertThat(root.statusCode()).isIn(301, 308);
        assertThat(root.headers().firstValue("Location")).hasValue("/news/");
        assertThat(http.get("/news").headers().firstValue("Location")).hasValue("/news/");
        assertThat(http.get("/news/").body()).contains("home");
        assertThat(http.get("/news/" + Http.encode("أخبار") + "/").body()).contains("arabic folder");
        HttpResponse<String> outside = http.get("/index.html");
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(outside.body()).contains("not here");
    }

    @Test
    void readsAnArabicBasePath() {
        BasePath base = BasePath.of(java.net.URI.create("https://example.org/" + Http.encode("أخبار") + "/"));
        assertThat(base.segments()).containsExactly("أخبار");
        assertThat(base.raw()).isEqualTo("/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/");
        assertThat(BasePath.of(java.net.URI.create("https://example.org/"))).isEqualTo(BasePath.ROOT);
    }

    @Test
    void neverRedirectsToAnotherHost() throws IOException {
        Path site = dir.resolve("site");
        TestSite.write(site, "example.org/index.html", "<html><body>folder</body></html>");
        Http http = start(site, BasePath.ROOT, new AtomicLong(2));
        for (String path : new String[] {"//example.org", "///example.org", "/.//example.org", "//example.org/"}) {
            assertThat(http.get(path).headers().firstValue("Location").orElse("")).as(path).doesNotStartWith("//");
        }
        HttpResponse<String> r = http.get("///example.org");
        assertThat(r.statusCode()).isIn(301, 308);
        assertThat(r.headers().firstValue("Location")).hasValue("/example.org/");
    }

    @Test
    void injectsIntoPagesInOtherEncodingsWithoutTouchingTheirBytes() {
        byte[] latin1 = "<p>caf\u00e9</p></body>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] out = LiveScript.inject(latin1, "v");
        assertThat(new String(out, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("<p>caf\u00e9</p><script src=\"/__warraq/live.js\" data-warraq-version=\"v\"></script>\n</body>");
    }

    @Test
    void injectsTheScriptBeforeTheLastBodyEndTagOrAtTheEnd() {
        String tag = "<script src=\"/__warraq/live.js\" data-warraq-version=\"v&quot;1\"></script>\n";
        assertThat(new String(LiveScript.inject("<p>a</p></BODY></html>".getBytes(), "v\"1")))
                .isEqualTo("<p>a</p>" + tag + "</BODY></html>");
        assertThat(new String(LiveScript.inject("<p>no body end</p>".getBytes(), "v\"1")))
                .isEqualTo("<p>no body end</p>" + tag);
        assertThat(new String(LiveScript.inject("<p>‏عربي</p></body>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "v\"1"),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>‏عربي</p>" + tag + "</body>");
    }
}
