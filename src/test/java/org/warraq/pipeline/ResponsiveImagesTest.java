package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warraq.testing.TestSites.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.Photos;
import org.warraq.testing.TestSites;

/**
 * The "media" fixture, its photos drawn at test time: a 2000×1200 JPEG lead image, a 700 px photo in a body,
 * an SVG chart, a portrait and the site's PNG for social networks. What readers and crawlers get.
 */
class ResponsiveImagesTest {
    private static final String BASE = "https://news.example.org/";
    private static final String MARKET = "2024/03/08/سوق-الخضر-في-الرباط-يستعد-لرمضان/index.html";
    private static final String PLAIN = "2024/03/10/اجتماع-المجلس-البلدي/index.html";

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        TestSites.copy("media", root);
        writePhotos(root);
        TestSites.build(root);
        site = root.resolve("site");
    }

    /** The fixture's photos: drawn, not stored in the repository. */
    static void writePhotos(Path root) throws IOException {
        Files.write(root.resolve("content/2024/03/market.jpg"), Photos.jpeg(2000, 1200, 11, 0.8f));
        Files.write(root.resolve("content/2024/03/entrance.jpg"), Photos.jpeg(700, 466, 12, 0.8f));
        Files.write(root.resolve("content/2024/03/portrait.jpg"), Photos.jpeg(1000, 1500, 13, 0.8f));
        Files.createDirectories(root.resolve("content/share"));
        ImageIO.write(Photos.scene(1400, 735, 14), "png", root.resolve("content/share/site.png").toFile());
    }

    /** Each candidate of an img's srcset: the file it names exists with the width it claims. */
    private static List<String> checkSrcset(String page, Element img) {
        List<String> files = new ArrayList<>();
        for (String candidate : img.attr("srcset").split(",\\s*")) {
            String[] parts = candidate.split(" ");
            String file = TestSites.resolve(page, parts[0], BASE);
            BufferedImage made = read(site.resolve(file));
            assertThat(made.getWidth() + "w").as(candidate).isEqualTo(parts[1]);
            assertThat((double) made.getWidth() / made.getHeight()).as("aspect ratio of " + candidate)
                    .isCloseTo(Double.parseDouble(img.attr("width")) / Double.parseDouble(img.attr("height")),
                            org.assertj.core.data.Offset.offset(0.01));
            files.add(file);
        }
        return files;
    }

    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theLeadImageIsPublishedInThreeWidthsWithMatchingSrcsetWidthAndHeight() {
        Document doc = page(site, MARKET);
        Element img = doc.selectFirst("figure.lead img");
        assertThat(img.attr("width")).isEqualTo("2000");
        assertThat(img.attr("height")).isEqualTo("1200");
        assertThat(checkSrcset(MARKET, img)).containsExactly("2024/03/market-480w-" + tag("market") + ".jpg",
                "2024/03/market-960w-" + tag("market") + ".jpg", "2024/03/market-1440w-" + tag("market") + ".jpg");
        assertThat(img.attr("sizes")).isEqualTo("(min-width: 46rem) 44rem, calc(100vw - 2rem)");
        assertThat(img.attr("src")).endsWith("market-960w-" + tag("market") + ".jpg");
        assertThat(img.attr("fetchpriority")).as("the first image a reader sees").isEqualTo("high");
        assertThat(img.hasAttr("loading")).isFalse();
        assertThat(img.attr("alt")).isEqualTo("باعة الخضر في سوق الرباط");
        assertThat(site.resolve("2024/03/market.jpg")).as("the original stays at its URL").isRegularFile();
        assertThat(read(site.resolve("2024/03/market.jpg")).getWidth()).isEqualTo(2000);
    }

    private static String tag(String name) {
        try (Stream<Path> files = Files.list(site.resolve("2024/03"))) {
            String file = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(name + "-480w-"))
                    .findFirst().orElseThrow();
            return file.substring((name + "-480w-").length(), file.lastIndexOf('.'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void imagesInBodiesAreNeverEnlargedAndLoadLazily() {
        Document doc = page(site, MARKET);
        Element photo = doc.selectFirst(".body img[alt=المدخل الرئيسي للسوق]");
        assertThat(List.of(photo.attr("width"), photo.attr("height"))).containsExactly("700", "466");
        assertThat(checkSrcset(MARKET, photo)).hasSize(2).allMatch(f -> f.contains("entrance-480w-") || f.contains("entrance-700w-"));
        assertThat(photo.attr("loading")).isEqualTo("lazy");
        assertThat(photo.attr("decoding")).isEqualTo("async");
        assertThat(photo.attr("sizes")).isEqualTo("(min-width: 46rem) 44rem, calc(100vw - 2rem)");
        Element chart = doc.selectFirst(".body img[alt=رسم بياني للأسعار]");
        assertThat(chart.hasAttr("srcset")).as("an SVG is published as it is").isFalse();
        assertThat(List.of(chart.attr("width"), chart.attr("height"))).containsExactly("640", "360");
        assertThat(chart.attr("src")).isEqualTo("../../prices.svg");
    }

    @Test
    void teasersShowSmallCopiesLazily() {
        Element thumb = page(site, "index.html").selectFirst(".item img.thumb[src*=market]");
        assertThat(thumb.attr("loading")).isEqualTo("lazy");
        assertThat(thumb.attr("sizes")).isEqualTo("(max-width: 40rem) 5.5rem, 8rem");
        assertThat(checkSrcset("index.html", thumb)).hasSize(3);
        Element portrait = page(site, "index.html").selectFirst(".item img.thumb[src*=portrait]");
        assertThat(List.of(portrait.attr("width"), portrait.attr("height"))).containsExactly("1000", "1500");
    }

    @Test
    void sharedImagesAreTheArticlesOwnElseTheSitesNeverWiderThan1200() throws IOException {
        Document doc = page(site, MARKET);
        assertThat(doc.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo(BASE + "2024/03/market-960w-" + tag("market") + ".jpg");
        assertThat(doc.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("960");
        assertThat(doc.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("576");
        assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        JsonNode ld = new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("image").get(0).get("@type").asText()).isEqualTo("ImageObject");
        assertThat(ld.get("image").get(0).get("url").asText()).isEqualTo(BASE + "2024/03/market-960w-" + tag("market") + ".jpg");
        assertThat(ld.get("image").get(0).get("width").asInt()).isEqualTo(960);

        for (String page : List.of(PLAIN, "index.html", "tags/index.html", "404.html")) {
            Document other = page(site, page);
            assertThat(other.selectFirst("meta[property=og:image]").attr("content")).as(page)
                    .isEqualTo(BASE + "share/site-960w-" + tag("site", "share") + ".png");
            assertThat(other.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("960");
        }
    }

    private static String tag(String name, String folder) {
        try (Stream<Path> files = Files.list(site.resolve(folder))) {
            String file = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(name + "-960w-"))
                    .findFirst().orElseThrow();
            return file.substring((name + "-960w-").length(), file.lastIndexOf('.'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBuildAfterAnEditEncodesNothingAndAReplacedPhotoGetsNewFiles(@TempDir Path other) throws IOException {
        TestSites.copy("media", other);
        writePhotos(other);
        TestSites.build(other);
        Path store = other.resolve(".warraq/images");
        Map<String, byte[]> before = TestSites.tree(other.resolve("site"));
        List<Path> encoded;
        try (Stream<Path> files = Files.list(store)) {
            encoded = files.toList();
        }
        assertThat(encoded).hasSize(3 + 2 + 3 + 3);
        for (Path p : encoded) {
            Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000_000_000L));
        }
        Path article = other.resolve("content/2024/03/plain.md");
        Files.writeString(article, Files.readString(article) + "\nفقرة جديدة.\n");
        BuildResult edit = TestSites.build(other);
        assertThat(edit.written()).isLessThan(10);
        for (Path p : encoded) {
            assertThat(Files.getLastModifiedTime(p).toMillis()).as("not encoded again: " + p).isEqualTo(1_000_000_000_000L);
        }
        String oldTag = before.keySet().stream().filter(f -> f.startsWith("2024/03/market-480w-")).findFirst().orElseThrow();
        Files.write(other.resolve("content/2024/03/market.jpg"), Photos.jpeg(1600, 900, 99, 0.8f));
        TestSites.build(other);
        Map<String, byte[]> after = TestSites.tree(other.resolve("site"));
        assertThat(after).doesNotContainKey(oldTag);
        assertThat(after.keySet().stream().filter(f -> f.startsWith("2024/03/market-"))).hasSize(3);
        assertThat(page(other.resolve("site"), MARKET).selectFirst("figure.lead img").attr("width")).isEqualTo("1600");
        try (Stream<Path> files = Files.list(store)) {
            assertThat(files.count()).as("the old photo's copies left the store").isEqualTo(3 + 2 + 3 + 3);
        }
    }

    @Test
    void unreadableImagesAreReportedWhereTheArticleNamesThem(@TempDir Path bad) throws IOException {
        TestSites.copy("media", bad);
        writePhotos(bad);
        byte[] jpeg = Files.readAllBytes(bad.resolve("content/2024/03/market.jpg"));
        Files.write(bad.resolve("content/2024/03/market.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length / 3));
        Files.writeString(bad.resolve("content/2024/03/entrance.jpg"), "<html>404</html>");
        assertThat(TestSites.failures(bad)).containsExactly(
                "content/2024/03/market.md:6:8: error: image '2024/03/market.jpg' is cut short: the file ends before the image does (copy or upload the file again)",
                "content/2024/03/market.md:13:25: error: image '2024/03/entrance.jpg' is not a JPEG, PNG, GIF, WebP or SVG image (publish images as JPEG, PNG, GIF, WebP or SVG)");
    }
}
