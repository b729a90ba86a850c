package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.diag.Problem;
import org.warraq.testing.TestSites;

/** Text that mixes directions: Latin-first headlines and paragraphs, agency bidi controls, addresses. */
class BidiTextTest {

    @Test
    void latinFirstTextTakesThePageDirectionAndAgencyControlsAreBalanced(@TempDir Path root) {
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/\n");
        TestSites.write(root, "content/iphone.md", """
                ---
                title: iPhone 16 يصل إلى الأسواق المغربية بأسعار مرتفعة
                date: 2024-09-27T11:15:00+01:00
                slug: iphone
                summary: Apple تطرح هاتفها الجديد في المغرب
                ---
                Apple أعلنت أن الهاتف متوفر، كما قالت \u202BRLE\u202C في بيان على https://www.apple.com/ma/ اليوم.

                وقال \u202Bموزع آخر إن الطلب كبير.
                """);
        BuildResult result = TestSites.build(root);
        Path site = root.resolve("site");
        Document article = TestSites.page(site, "2024/09/27/iphone/index.html");
        assertThat(article.selectFirst("h1").hasAttr("dir")).isFalse();
        assertThat(article.select(".body p").eachAttr("dir")).isEmpty();
        assertThat(article.selectFirst(".body p").text()).startsWith("Apple أعلنت").contains("\u2067RLE\u2069");
        assertThat(article.selectFirst(".body a[href=https://www.apple.com/ma/]").attr("dir")).isEqualTo("ltr");
        assertThat(article.select(".body p").get(1).text()).isEqualTo("وقال موزع آخر إن الطلب كبير.");
        assertThat(result.warnings()).extracting(Problem::format).containsExactly(
                "content/iphone.md:9:6: warning: unbalanced bidi control U+202B removed (an embedding, override or isolate"
                        + " must end on its line (U+202C or U+2069); closed ones are kept as isolates)");
        Document home = TestSites.page(site, "index.html");
        assertThat(home.selectFirst(".item-title a").hasAttr("dir")).isFalse();
        assertThat(home.selectFirst(".summary").hasAttr("dir")).isFalse();
    }
}
