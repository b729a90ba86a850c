package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warraq.testing.TestSites;

/**
 * Agency copy with references to control characters, in Markdown and in raw HTML: every feed (site, tag, source;
 * Atom and RSS) and sitemap is well-formed XML, and no page holds such a character, raw or as a reference.
 */
class HostileFeedsTest {
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]"
            + "|&#0*(?:[1-8]|1[1-9]|2[0-9]|3[01]|65534|65535);|&#[xX]0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF]);");

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"sanitize", "trust", "escape"})
    void everyFeedParsesAsXmlAndNoPageHoldsAControlCharacter(String rawHtml) throws Exception {
        TestSites.write(root, "site.yaml", """
                title: موقع
                base_url: https://example.org/
                raw_html: %s
                feed_content: full
                sources:
                  agency:
                    name: وكالة
                    url: https://agency.example/
                    feed: https://agency.example/rss.xml
                """.formatted(rawHtml));
        TestSites.write(root, "content/a.md", """
                ---
                title: خبر
                date: 2024-01-10T10:00:00+01:00
                source: agency
                tags: [سياسة]
                ---
                نص&#1;نص &#x0B; و&#11; و&#x1F; و&#65534; و&#xFFFF; و&#xD800;

                [رابط](https://x.org/&#1; "عنوان&#2;") ![صورة](https://x.org/i.png "&#x1b;")

                <p title="&#1;">فقرة&#3;خام <b>&#x0C;</b></p>

                <span data-x="&#4">سطر&#5</span>
                """);
        TestSites.build(root);
        Path site = root.resolve("site");
        List<Path> feeds;
        try (Stream<Path> all = Files.walk(site)) {
            feeds = all.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        assertThat(feeds).extracting(p -> site.relativize(p).toString().replace('\\', '/')).contains(
                "feed.xml", "rss.xml", "sitemap.xml", "news-sitemap.xml", "tags/سياسة/feed.xml", "tags/سياسة/rss.xml",
                "sources/agency/feed.xml", "sources/agency/rss.xml");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newDefaultInstance();
        xml.setNamespaceAware(true);
        for (Path feed : feeds) {
            xml.newDocumentBuilder().parse(feed.toFile());
            assertThat(FORBIDDEN.matcher(text(feed)).find()).as(feed.toString()).isFalse();
        }
        for (String page : TestSites.htmlFiles(site)) {
            assertThat(FORBIDDEN.matcher(text(site.resolve(page))).find()).as(page).isFalse();
        }
        assertThat(text(site.resolve("2024/01/10/خبر/index.html"))).contains("نصنص", "فقرة");
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file);
    }
}
