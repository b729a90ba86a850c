package org.warraq.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/** The sitemap index past its URL limit and the Google News sitemap's window and split. */
class SitemapLimitsIT {
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static void site(Path root, String extra) {
        TestSites.write(root, "site.yaml", """
                title: موقع الخرائط
                base_url: https://example.org/
                language: ar-MA
                timezone: UTC
                news_name: جريدة الاختبار
                """ + extra);
    }

    private static void story(Path root, String name, OffsetDateTime date) {
        TestSites.write(root, "content/" + name + ".md",
                "---\ntitle: خبر " + name + "\ndate: " + date + "\nslug: " + name + "\n---\nنص.\n");
    }

    @Test
    void newsSitemapKeepsOnlyArticlesWithinTheWindowBeforeTheNewest(@TempDir Path root) throws Exception {
        site(root, "");
        OffsetDateTime newest = OffsetDateTime.parse("2024-03-10T12:00:00Z");
        story(root, "newest", newest);
        story(root, "h47", newest.minusHours(47));
        story(root, "h48", newest.minusHours(48));
        story(root, "h49", newest.minusHours(49));
        TestSites.build(root);
        var xml = PublishOutputsTest.xml(root.resolve("site/news-sitemap.xml"));
        List<String> locs = PublishOutputsTest.texts(xml, SITEMAP, "loc");
        assertThat(locs).containsExactly("https://example.org/2024/03/10/newest/", "https://example.org/2024/03/08/h47/",
                "https://example.org/2024/03/08/h48/");
        assertThat(PublishOutputsTest.texts(xml, NEWS, "name")).containsOnly("جريدة الاختبار");
        assertThat(PublishOutputsTest.texts(xml, NEWS, "language")).containsOnly("ar");
        assertThat(PublishOutputsTest.texts(xml, NEWS, "title")).containsExactly("خبر newest", "خبر h47", "خبر h48");
        assertThat(PublishOutputsTest.texts(xml, NEWS, "publication_date").get(1)).isEqualTo("2024-03-08T13:00:00Z");
    }

    @Test
    void newsSitemapSplitsPastOneThousandUrls(@TempDir Path root) throws Exception {
        site(root, "page_size: 1000\n");
        OffsetDateTime newest = OffsetDateTime.parse("2024-03-10T12:00:00Z");
        for (int i = 0; i < 1001; i++) {
            story(root, "s" + i, newest.minusMinutes(i));
        }
        TestSites.build(root);
        var index = PublishOutputsTest.xml(root.resolve("site/news-sitemap.xml"));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(PublishOutputsTest.texts(index, SITEMAP, "loc")).containsExactly(
                "https://example.org/news-sitemap-1.xml", "https://example.org/news-sitemap-2.xml");
        assertThat(PublishOutputsTest.texts(PublishOutputsTest.xml(root.resolve("site/news-sitemap-1.xml")), SITEMAP, "loc")).hasSize(1000);
        assertThat(PublishOutputsTest.texts(PublishOutputsTest.xml(root.resolve("site/news-sitemap-2.xml")), SITEMAP, "loc"))
                .containsExactly("https://example.org/2024/03/09/s1000/");
    }

    @Test
    void sitemapBecomesAnIndexPastTheConfiguredLimit(@TempDir Path root) throws Exception {
        site(root, "sitemap_max_urls: 10\n");
        OffsetDateTime first = OffsetDateTime.parse("2024-03-10T12:00:00Z");
        for (int i = 0; i < 6; i++) {
            story(root, "s" + i, first.minusDays(i));
        }
        TestSites.build(root);
        Path site = root.resolve("site");
        var index = PublishOutputsTest.xml(site.resolve("sitemap.xml"));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> parts = PublishOutputsTest.texts(index, SITEMAP, "loc");
        int pages = TestSites.htmlFiles(site).size() - 2; // all but 404.html and search/index.html
        assertThat(parts).hasSize((pages + 9) / 10);
        int total = 0;
        for (int i = 1; i <= parts.size(); i++) {
            assertThat(parts.get(i - 1)).isEqualTo("https://example.org/sitemap-" + i + ".xml");
            List<String> locs = PublishOutputsTest.texts(PublishOutputsTest.xml(site.resolve("sitemap-" + i + ".xml")), SITEMAP, "loc");
            assertThat(locs.size()).isLessThanOrEqualTo(10);
            for (String loc : locs) {
                assertThat(site.resolve(TestSites.resolve("index.html", loc, "https://example.org/"))).isRegularFile();
            }
            total += locs.size();
        }
        assertThat(total).isEqualTo(pages);
        assertThat(PublishOutputsTest.texts(index, SITEMAP, "lastmod")).hasSize(parts.size());
    }
}
