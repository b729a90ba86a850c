package org.warraq.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.diag.Problem;
import org.warraq.pipeline.BuildResult;

/**
 * The editor's loop: save a file, the preview rebuilds and open pages reload; break a file, they show the
 * problems over the last good site; fix it, the problems go. Timeouts are generous (10 s); of the 2 s
 * requirement, the test checks the part the preview adds to the build (bench/serve-latency measures all).
 */
class LiveReloadIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;
    private Preview preview;
    private Http http;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final CountingLog log = new CountingLog();

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    private void start(boolean drafts) throws IOException {
        TestSite.write(root);
        preview = Preview.start(ServeOptions.defaults(root).withPort(0).withDrafts(drafts), log);
        http = new Http(preview.port());
    }

    private SseClient events() {
        SseClient sse = new SseClient(http);
        open.add(sse);
        assertThat(sse.response.statusCode()).isEqualTo(200);
        assertThat(sse.response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        sse.await(LiveEvents.STATUS, WAIT); // sent on connecting: from here on, no event is missed
        return sse;
    }

    private JsonNode status() throws IOException {
        return JSON.readTree(http.get("/__warraq/status").body());
    }

    @Test
    void reloadsOpenPagesWithinTwoSecondsOfASave() throws IOException {
        start(false);
        SseClient sse = events();
        String version = status().get("version").asText();

        Files.writeString(root.resolve(TestSite.FAIR), TestSite.fair("عنوان جديد للمعرض", "نص جديد."));
        long saved = System.nanoTime();
        SseClient.Event reload = sse.await(LiveEvents.RELOAD, WAIT);
        long millis = TimeUnit.NANOSECONDS.toMillis(reload.nanos() - saved);
        long build = log.lastMillis;

        // The build's own time depends on the machine and its load (bench/serve-latency measures the total);
        // what the preview adds (noticing the save, the quiet period, the event) must stay well under 2 s.
        assertThat(millis - build).as("save to reload event without the build, ms").isLessThan(2000);
        JsonNode data = JSON.readTree(reload.data());
        assertThat(data.get("ok").asBoolean()).isTrue();
        assertThat(data.get("version").asText()).isNotEqualTo(version);
        HttpResponse<String> page = http.get(TestSite.FAIR_URL);
        assertThat(page.body()).contains("عنوان جديد للمعرض").doesNotContain(TestSite.FAIR_TITLE);
        assertThat(page.body()).contains("data-warraq-version=\"" + data.get("version").asText() + "\"");
    }

    @Test
    void aBrokenEditShowsItsProblemsOverTheLastGoodSiteAndAFixClearsThem() throws IOException {
        start(false);
        SseClient sse = events();
        String good = Files.readString(root.resolve(TestSite.FAIR));

        // the closing --- removed
        Files.writeString(root.resolve(TestSite.FAIR), good.replaceFirst("\n---\n", "\n"));
        SseClient.Event problems = sse.await(LiveEvents.PROBLEMS, WAIT);
        String line = "content/2024/03/book-fair.md:1:1: error: front matter is not closed";
        assertThat(problems.data()).contains(line);

        JsonNode status = status();
        assertThat(status.get("ok").asBoolean()).isFalse();
        assertThat(status.get("problems")).hasSize(1);
        assertThat(status.get("problems").get(0).asText()).startsWith(line).endsWith(")");
        assertThat(status.get("summary").asText()).isEqualTo("1 error, 0 warnings");
        assertThat(log.failures).hasSize(1);
        assertThat(log.failures.get(0).get(0).format()).startsWith(line);

        // the last good site is still served, with the script that shows the problems
        HttpResponse<String> page = http.get(TestSite.FAIR_URL);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(TestSite.FAIR_TITLE, "/__warraq/live.js");

        // a second, different mistake replaces the first
        Files.writeString(root.resolve(TestSite.FAIR), good.replace("source: agency", "source: agnecy"));
        SseClient.Event second = sse.await(LiveEvents.PROBLEMS, WAIT);
        assertThat(second.data()).contains("content/2024/03/book-fair.md:6:9: error: unknown source 'agnecy'",
                "did you mean 'agency'?");

        Files.writeString(root.resolve(TestSite.FAIR), TestSite.fair("عنوان مصحح", "نص."));
        SseClient.Event fixed = sse.await(LiveEvents.RELOAD, WAIT);
        assertThat(JSON.readTree(fixed.data()).get("ok").asBoolean()).isTrue();
        status = status();
        assertThat(status.get("ok").asBoolean()).isTrue();
        assertThat(status.get("problems")).isEmpty();
        assertThat(http.get(TestSite.FAIR_URL).body()).contains("عنوان مصحح");
    }

    @Test
    void undoingABrokenEditClearsTheProblemsWithoutAReload() throws IOException {
        start(false);
        SseClient sse = events();
        String good = Files.readString(root.resolve(TestSite.FAIR));
        String version = status().get("version").asText();

        Files.writeString(root.resolve(TestSite.FAIR), "no front matter at all\n");
        assertThat(sse.await(LiveEvents.PROBLEMS, WAIT).data()).contains("no front matter");
        Files.writeString(root.resolve(TestSite.FAIR), good);
        SseClient.Event back = sse.await(e -> !e.name().equals(LiveEvents.PROBLEMS), WAIT);

        assertThat(back.name()).isEqualTo(LiveEvents.STATUS); // same site as before: nothing to reload
        JsonNode data = JSON.readTree(back.data());
        assertThat(data.get("ok").asBoolean()).isTrue();
        assertThat(data.get("version").asText()).isEqualTo(version);
    }

    @Test
    void escapesProblemTextInTheStatus() throws IOException {
        start(false);
        SseClient sse = events();
        Files.writeString(root.resolve(TestSite.FAIR),
                TestSite.fair(TestSite.FAIR_TITLE, "x").replace("source: agency", "source: \"<img src=x onerror=alert(1)>\""));
        SseClient.Event problems = sse.await(LiveEvents.PROBLEMS, WAIT);
        assertThat(problems.data()).doesNotContain("<img").contains("\\u003cimg src=x onerror=alert(1)\\u003e");
        JsonNode status = status();
        assertThat(status.get("problems").get(0).asText()).contains("unknown source '<img src=x onerror=alert(1)>'");
        assertThat(http.get("/__warraq/status").body()).doesNotContain("<", ">");
    }

    @Test
    void watchesNewSubfoldersOfContent() throws IOException {
        start(false);
        SseClient sse = events();
        Files.createDirectories(root.resolve("content/2025/01"));
        TestSite.write(root, "content/2025/01/new.md", """
                ---
                title: خبر في مجلد جديد
                date: 2025-01-15T10:00:00+03:00
                slug: new-folder-story
                ---
                نص.
                """);
        sse.await(e -> e.name().equals(LiveEvents.RELOAD) && http.get("/2025/01/15/new-folder-story/").statusCode() == 200, WAIT);

        // the new folder is watched: an edit inside it rebuilds too
        TestSite.write(root, "content/2025/01/new.md", """
                ---
                title: خبر معدّل في مجلد جديد
                date: 2025-01-15T10:00:00+03:00
                slug: new-folder-story
                ---
                نص.
                """);
        sse.await(LiveEvents.RELOAD, WAIT);
        assertThat(http.get("/2025/01/15/new-folder-story/").body()).contains("خبر معدّل في مجلد جديد");
    }

    @Test
    void aBurstOfSavesGivesOneRebuild() throws IOException {
        start(false);
        SseClient sse = events();
        int before = log.builds.get();
        for (int i = 0; i < 10; i++) {
            TestSite.write(root, "content/2024/05/burst-" + i + ".md", """
                    ---
                    title: خبر رقم %d
                    date: 2024-05-01T10:00:00+03:00
                    slug: burst-%d
                    ---
                    نص.
                    """.formatted(i, i));
        }
        sse.await(LiveEvents.RELOAD, WAIT);
        List<SseClient.Event> more = sse.drain(Duration.ofSeconds(1));
        assertThat(more).isEmpty();
        assertThat(log.builds.get() - before).isEqualTo(1);
        assertThat(http.get("/2024/05/01/burst-9/").statusCode()).isEqualTo(200);
    }

    @Test
    void ignoresEditorLeftoversAndTheOutputFolders() throws IOException {
        start(false);
        SseClient sse = events();
        int before = log.builds.get();
        TestSite.write(root, "content/2024/03/.book-fair.md.swp", "vim");
        TestSite.write(root, "content/2024/03/book-fair.md~", "backup");
        TestSite.write(root, "site/index.html", "not watched");
        TestSite.write(root, "notes.txt", "not watched");
        assertThat(sse.drain(Duration.ofSeconds(1))).isEmpty();
        assertThat(log.builds.get()).isEqualTo(before);
    }

    @Test
    void watchesSiteYamlAndTemplates() throws IOException {
        start(false);
        SseClient sse = events();
        Files.writeString(root.resolve("site.yaml"), TestSite.SITE_YAML.replace("title: موقع الاختبار", "title: موقع معدل"));
        sse.await(LiveEvents.RELOAD, WAIT);
        assertThat(http.get("/").body()).contains("موقع معدل");

        // templates/ did not exist: creating it, and a file in a new subfolder, is seen
        TestSite.write(root, "templates/static/extra.css", "body { color: black; }\n");
        sse.await(e -> e.name().equals(LiveEvents.RELOAD) && http.get("/assets/extra.css").statusCode() == 200, WAIT);
        TestSite.write(root, "templates/static/extra.css", "body { color: navy; }\n");
        sse.await(e -> e.name().equals(LiveEvents.RELOAD) && http.get("/assets/extra.css").body().contains("navy"), WAIT);
    }

    @Test
    void aSiteThatFailsFromTheStartIsServedWithItsProblems() throws IOException {
        TestSite.write(root);
        TestSite.write(root, TestSite.RAIN, "---\ntitle: بلا نهاية\n");
        preview = Preview.start(ServeOptions.defaults(root).withPort(0), log);
        http = new Http(preview.port());

        HttpResponse<String> page = http.get("/");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("dir=\"rtl\"", "/__warraq/live.js");
        assertThat(status().get("ok").asBoolean()).isFalse();
        assertThat(status().get("problems").get(0).asText()).startsWith("content/2024/03/rain.md:1:1: error: front matter is not closed");

        SseClient sse = events();
        TestSite.write(root);
        sse.await(LiveEvents.RELOAD, WAIT);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void servesDraftsWhenAskedTo() throws IOException {
        start(true);
        assertThat(http.get(TestSite.DRAFT_URL).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesNeverGoMissingWhileTheSiteIsSwapped() throws Exception {
        start(false);
        List<String> paths = List.of("/", TestSite.FAIR_URL, Http.encode(TestSite.RAIN_PATH), "/assets/style.css",
                "/2024/", "/tags/");
        AtomicBoolean stop = new AtomicBoolean();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger requests = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                readers.add(pool.submit(() -> {
                    Http client = new Http(preview.port());
                    for (int i = 0; !stop.get(); i++) {
                        String path = paths.get(i % paths.size());
                        int code = client.get(path).statusCode();
                        requests.incrementAndGet();
                        if (code != 200) {
                            failures.add(path + " -> " + code);
                        }
                    }
                }));
            }
            for (int i = 0; i < 8; i++) {
                Files.writeString(root.resolve(TestSite.FAIR), TestSite.fair(TestSite.FAIR_TITLE, "نسخة رقم " + i));
                BuildStatus s = preview.rebuild();
                assertThat(s.ok()).isTrue();
            }
            stop.set(true);
            for (Future<?> f : readers) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
        assertThat(requests.get()).isPositive();
    }

    @Test
    void closingEndsTheEventStreamsAndFreesThePort() throws IOException {
        start(false);
        SseClient sse = events();
        assertThat(preview.streams()).isEqualTo(1);
        int port = preview.port();
        preview.close();
        preview = null;
        assertThat(sse.ended(WAIT)).isTrue();
        try (java.net.ServerSocket again = new java.net.ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        }
    }

    /** Counts builds, keeps failures. */
    private static final class CountingLog implements PreviewLog {
        final AtomicInteger builds = new AtomicInteger();
        final List<List<Problem>> failures = new CopyOnWriteArrayList<>();
        volatile long lastMillis;

        @Override
        public void built(BuildResult result) {
            lastMillis = result.millis();
            builds.incrementAndGet();
        }

        @Override
        public void failed(List<Problem> problems) {
            builds.incrementAndGet();
            failures.add(problems);
        }

        @Override
        public void info(String line) {
        }
    }
}
