package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warraq.testing.TestSites.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.Photos;
import org.warraq.testing.TestSites;

/**
 * The images of the sections and authors registries on the "media" fixture: an author's JPEG photo printed
 * with its smaller copies, a section's JPEG image shared for its stories without one, a section's SVG never
 * shared (the site's {@code og_image} instead).
 */
class RegistryImagesTest {
    private static final String BASE = "https://news.example.org/";
    private static final String PLAIN = "2024/03/10/اجتماع-المجلس-البلدي/index.html";

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        TestSites.copy("media", root);
        ResponsiveImagesTest.writePhotos(root);
        Files.createDirectories(root.resolve("content/images"));
        Files.write(root.resolve("content/images/desk.jpg"), Photos.jpeg(1600, 900, 21, 0.8f));
        Files.write(root.resolve("content/images/nadia.jpg"), Photos.jpeg(600, 600, 22, 0.8f));
        TestSites.write(root, "site.yaml", TestSites.read(root.resolve("site.yaml")) + """
                sections:
                  city: {name: المدينة, image: images/desk.jpg}
                  charts: {name: أرقام, image: 2024/03/prices.svg}
                authors:
                  nadia: {name: نادية, image: /images/nadia.jpg}
                """);
        Path plain = root.resolve("content/2024/03/plain.md");
        Files.writeString(plain, Files.readString(plain).replace("date:", "section: city\nauthor: nadia\ndate:"));
        TestSites.write(root, "content/2024/03/numbers.md", """
                ---
                title: أرقام الأسبوع
                date: 2024-03-11T09:00:00+01:00
                section: charts
                ---
                أرقام.
                """);
        TestSites.build(root);
        site = root.resolve("site");
    }

    @Test
    void anAuthorsPhotoIsPrintedWithItsSmallerCopies() {
        Element photo = page(site, "authors/nadia/index.html").selectFirst("img.author-photo");
        assertThat(List.of(photo.attr("width"), photo.attr("height"))).containsExactly("600", "600");
        assertThat(photo.attr("srcset")).matches("\\.\\./\\.\\./images/nadia-480w-\\w+\\.jpg 480w, "
                + "\\.\\./\\.\\./images/nadia-600w-\\w+\\.jpg 600w");
        assertThat(photo.attr("sizes")).isEqualTo("8rem");
        assertThat(photo.attr("alt")).isEqualTo("نادية");
        Document page = page(site, "authors/nadia/index.html");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).matches(BASE + "images/nadia-600w-\\w+\\.jpg");
    }

    @Test
    void aStoryWithoutAnImageSharesItsSectionsImageAsACopyWithItsSize() {
        Document doc = page(site, PLAIN);
        assertThat(doc.selectFirst("meta[property=og:image]").attr("content")).matches(BASE + "images/desk-960w-\\w+\\.jpg");
        assertThat(doc.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("960");
        assertThat(doc.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("540");
        assertThat(doc.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("المدينة");
        assertThat(page(site, "sections/city/index.html").selectFirst("meta[property=og:image]").attr("content"))
                .matches(BASE + "images/desk-960w-\\w+\\.jpg");
    }

    @Test
    void aSectionsSvgIsNeverSharedTheSitesImageIs() {
        for (String page : List.of("sections/charts/index.html", "2024/03/11/أرقام-الأسبوع/index.html")) {
            assertThat(page(site, page).selectFirst("meta[property=og:image]").attr("content")).as(page)
                    .matches(BASE + "share/site-960w-\\w+\\.png");
        }
    }

    @Test
    void anUnreadableRegistryImageIsReportedWhereSiteYamlNamesIt(@TempDir Path bad) throws IOException {
        TestSites.copy("media", bad);
        ResponsiveImagesTest.writePhotos(bad);
        Files.createDirectories(bad.resolve("content/images"));
        Files.writeString(bad.resolve("content/images/nadia.jpg"), "<html>404</html>");
        TestSites.write(bad, "site.yaml", TestSites.read(bad.resolve("site.yaml")) + """
                authors:
                  nadia: {name: نادية, image: images/nadia.jpg}
                """);
        assertThat(TestSites.failures(bad)).containsExactly("site.yaml:7:31: error: image 'images/nadia.jpg' is not a JPEG, "
                + "PNG, GIF, WebP or SVG image (publish images as JPEG, PNG, GIF, WebP or SVG)");
    }
}
