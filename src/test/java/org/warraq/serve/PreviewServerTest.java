package org.warraq.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview's HTTP server on a small site: pages, types, redirects, 404, refusals, concurrency. */
class PreviewServerTest {
    @TempDir
    static Path root;
    static Preview preview;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        TestSite.write(root);
        preview = Preview.start(ServeOptions.defaults(root).withPort(0), PreviewLog.QUIET);
        http = new Http(preview.port());
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void servesTheHomePageWithTheLiveScriptBeforeTheEndOfBody() {
        HttpResponse<String> r = http.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(r.body()).contains("<html lang=\"ar\" dir=\"rtl\"", TestSite.FAIR_TITLE, TestSite.RAIN_TITLE);
        int script = r.body().indexOf("<script src=\"/__warraq/live.js\"");
        assertThat(script).isPositive();
        assertThat(r.body().indexOf("</body>")).isGreaterThan(script);
        assertThat(r.body()).containsOnlyOnce("/__warraq/live.js");
        assertThat(r.headers().firstValue("Content-Length")).hasValue(
                Integer.toString(r.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void servesAnArticle() {
        HttpResponse<String> r = http.get(TestSite.FAIR_URL);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(TestSite.FAIR_TITLE, "الرباط");
    }

    @Test
    void decodesPercentEncodedArabicPathsAsUtf8() {
        String encoded = Http.encode(TestSite.RAIN_PATH);
        assertThat(encoded).startsWith("/2024/03/02/%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-");
        HttpResponse<String> r = http.get(encoded);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(TestSite.RAIN_TITLE);
        // lower-case hex is the same path
        assertThat(http.get(encoded.toLowerCase(java.util.Locale.ROOT)).statusCode()).isEqualTo(200);
    }

    @Test
    void theLinkOnTheHomePageToTheArabicArticleWorks() {
        String home = http.get("/").body();
        String href = "2024/03/02/" + Http.encode(TestSite.RAIN_SLUG) + "/";
        assertThat(home).contains("href=\"" + href + "\"");
        assertThat(http.get("/" + href).statusCode()).isEqualTo(200);
    }

    @Test
    void redirectsAFolderWithoutItsSlash() {
        HttpResponse<String> r = http.get("/2024");
        assertThat(r.statusCode()).isIn(301, 308);
        assertThat(r.headers().firstValue("Location")).hasValue("/2024/");
        assertThat(http.get("/2024/").statusCode()).isEqualTo(200);

        String arabic = Http.encode(TestSite.RAIN_PATH);
        String withoutSlash = arabic.substring(0, arabic.length() - 1);
        HttpResponse<String> a = http.get(withoutSlash + "?from=test");
        assertThat(a.statusCode()).isIn(301, 308);
        assertThat(a.headers().firstValue("Location")).hasValue(arabic + "?from=test");
    }

    @Test
    void answersAMissingPageWithTheSites404PageAndStatus404() throws IOException {
        HttpResponse<String> r = http.get("/no/such/page/");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        String onDisk = Files.readString(preview.folder().resolve("404.html"));
        assertThat(r.body()).isEqualTo(new String(LiveScript.inject(onDisk.getBytes(StandardCharsets.UTF_8),
                preview.status().version()), StandardCharsets.UTF_8));
        assertThat(http.get("/2024/03/01/rabat-book-fair/extra").statusCode()).isEqualTo(404);
        assertThat(http.get("/assets/style.css/").statusCode()).isEqualTo(404);
        assertThat(http.get("/__warraq/nothing").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({
            "/assets/style.css, text/css; charset=utf-8",
            "/__warraq/live.js, text/javascript; charset=utf-8",
            "/__warraq/status, application/json; charset=utf-8",
            "/files/data.json, application/json; charset=utf-8",
            "/feed.xml, application/xml; charset=utf-8",
            "/sitemap.xml, application/xml; charset=utf-8",
            "/robots.txt, text/plain; charset=utf-8",
            "/404.html, text/html; charset=utf-8",
            "/2024/04/logo.svg, image/svg+xml; charset=utf-8",
            "/2024/04/chart.png, image/png",
            "/files/picture.jpg, image/jpeg",
            "/files/picture.gif, image/gif",
            "/files/picture.webp, image/webp",
            "/files/picture.avif, image/avif",
            "/files/picture.ico, image/x-icon",
    })
    void sendsTheRightContentType(String path, String type) {
        HttpResponse<byte[]> r = http.getBytes(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(type);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void sendsFilesByteForByte() throws IOException {
        assertThat(http.getBytes("/2024/04/chart.png").body()).isEqualTo(TestSite.PNG);
        assertThat(http.getBytes("/assets/style.css").body())
                .isEqualTo(Files.readAllBytes(preview.folder().resolve("assets/style.css")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../site.yaml",
            "/../../site.yaml",
            "/2024/../../../site.yaml",
            "/%2e%2e/site.yaml",
            "/%2E%2E/%2e%2e/site.yaml",
            "/..%2fsite.yaml",
            "/..%2f..%2fsite.yaml",
            "/%2e%2e%2fsite.yaml",
            "/%2e%2e%2f%2e%2e%2fsite.yaml",
            "/..%5csite.yaml",
            "/..%5c..%5csite.yaml",
            "/%2e%2e%5c%2e%2e%5csite.yaml",
            "/..\\site.yaml",
            "/..\\..\\site.yaml",
            "/\\..\\..\\site.yaml",
            "/%c0%ae%c0%ae/%c0%ae%c0%ae/site.yaml",
            "/%00",
            "/index.html%00.css",
            "/%",
            "/%zz",
            "//etc/passwd",
            "/C:/Windows/win.ini",
            "/c:%5cwindows%5cwin.ini",
            "/.warraq-site",
            "/.%2e/site.yaml",
            "/./../site.yaml",
            "site.yaml",
            "http://127.0.0.1/../../site.yaml",
    })
    void refusesEveryPathOutsideTheSite(String target) {
        String response = http.raw(target);
        assertThat(Http.status(response)).as(response).isIn(400, 404);
        assertThat(response).doesNotContain("base_url", "timezone: Asia/Riyadh", "root:");
    }

    @Test
    void refusesTraversalThroughTheJavaClientToo() {
        for (String path : List.of("/../site.yaml", "/%2e%2e/%2e%2e/site.yaml", "/..%2f..%2fsite.yaml",
                "/%2e%2e%2f%2e%2e%2fsite.yaml", "/..%5c..%5csite.yaml")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("base_url");
        }
    }

    @Test
    void doesNotFollowALinkOutOfTheSite() throws IOException {
        Path link = preview.folder().resolve("outside");
        try {
            Files.createSymbolicLink(link, root);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here
        }
        try {
            assertThat(http.get("/outside/site.yaml").statusCode()).isEqualTo(404);
        } finally {
            Files.deleteIfExists(link);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void allowsOnlyGetAndHead(String method) {
        HttpResponse<String> r = http.method(method, "/");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void headSendsTheHeadersOfGetAndNoBody() {
        for (String path : List.of("/", "/assets/style.css", "/no/such/page/")) {
            HttpResponse<String> get = http.get(path);
            HttpResponse<String> head = http.method("HEAD", path);
            assertThat(head.statusCode()).isEqualTo(get.statusCode());
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.headers().firstValue("Content-Length")).hasValue(
                    Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
        }
    }

    @Test
    void answersFiftyConcurrentRequests() {
        List<String> paths = List.of("/", TestSite.FAIR_URL, Http.encode(TestSite.RAIN_PATH), "/assets/style.css",
                "/feed.xml", "/tags/", "/2024/03/", "/__warraq/status", "/2024/04/chart.png", "/archive/");
        List<CompletableFuture<HttpResponse<byte[]>>> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            HttpRequest request = HttpRequest.newBuilder(http.uri(paths.get(i % paths.size()))).timeout(Http.TIMEOUT).build();
            all.add(http.client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        for (CompletableFuture<HttpResponse<byte[]>> f : all) {
            assertThat(f.join().statusCode()).as(f.join().uri().toString()).isEqualTo(200);
            assertThat(f.join().body()).isNotEmpty();
        }
    }

    @Test
    void theLiveScriptIsServedButNeverWrittenIntoTheSite() throws IOException {
        assertThat(http.get("/__warraq/live.js").body()).contains("EventSource", "/__warraq/status");
        try (Stream<Path> files = Files.walk(preview.folder())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain("__warraq");
            }
        }
        assertThat(Files.readString(preview.folder().resolve("index.html"))).doesNotContain("<script src=");
    }

    @Test
    void buildsIntoThePreviewFolderNotSite() {
        assertThat(preview.folder()).isEqualTo(root.resolve(".warraq/preview"));
        assertThat(preview.folder().resolve("index.html")).isRegularFile();
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void leavesDraftsOutUnlessAskedFor() {
        assertThat(http.get(TestSite.DRAFT_URL).statusCode()).isEqualTo(404);
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws IOException {
        assertThat(ServeOptions.defaults(root).bind()).isEqualTo("127.0.0.1");
        assertThat(preview.url()).isEqualTo("http://127.0.0.1:" + preview.port() + "/");
        for (NetworkInterface nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                if (address instanceof java.net.Inet4Address) {
                    try (Socket socket = new Socket()) {
                        assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, preview.port()), 2000))
                                .as(address.toString()).isInstanceOf(IOException.class);
                    }
                }
            }
        }
    }

    @Test
    void statusSaysTheBuildIsGood() {
        HttpResponse<String> r = http.get("/__warraq/status");
        assertThat(r.body()).startsWith("{\"version\":\"").contains("\"ok\":true", "\"problems\":[]");
    }
}
