package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/** Script in every field an agency or editor can fill: no page may carry script beyond the theme's own. */
class HostileInputTest {
    private static final String TITLE = "</script><script>alert(1)</script> \"قال\" 'نعم' & <b>";
    private static final String SOURCE_NAME = "\"></a><script>alert(2)</script>";

    private static Path hostileSite(Path root, String rawHtml) {
        TestSites.write(root, "site.yaml", """
                title: "موقع <script>alert(0)</script>"
                base_url: https://example.org/
                raw_html: %s
                sources:
                  evil:
                    name: '%s'
                    short: "<img src=x onerror=alert(3)>"
                    url: https://evil.example/
                    notice: "<script>alert(4)</script> ملاحظة"
                """.formatted(rawHtml, SOURCE_NAME.replace("'", "''")));
        TestSites.write(root, "content/evil.md", """
                ---
                title: '%s'
                date: 2024-01-10T10:00:00+01:00
                slug: evil
                source: evil
                source_url: "https://example.org/x?a=1&b=<script>"
                author: ["<b onmouseover=alert(5)>كاتب</b>"]
                tags: ["<img src=x onerror=alert(6)>", "</script>"]
                summary: "javascript:alert(7) </script><script>alert(8)</script>"
                dateline: "<svg onload=alert(9)>"
                image:
                  src: https://example.org/a.jpg
                  alt: '" onerror="alert(10)'
                  caption: "<script>alert(11)</script>"
                ---
                نص <script>alert(12)</script> و<img src=x onerror=alert(13)> و<b onclick="alert(14)">غامق</b>.

                [رابط](javascript:alert(15)) و<a href="javascript:alert(16)">رابط</a> و![صورة](data:text/html;base64,PHNjcmlwdD4=)

                <div style="width: expression(alert(17))">نص</div>
                <iframe src="https://evil.example/"></iframe>
                <a href="https://other.example/">موقع آخر</a>
                """.formatted(TITLE.replace("'", "''")));
        TestSites.build(root);
        return root.resolve("site");
    }

    @Test
    void noPageCarriesScriptOrHandlersBeyondTheThemesOwn(@TempDir Path root) throws Exception {
        Path site = hostileSite(root, "sanitize");
        for (String file : TestSites.htmlFiles(site)) {
            Document doc = TestSites.page(site, file);
            if (file.equals("search/index.html")) {
                assertThat(doc.select("script").eachAttr("src")).as(file)
                        .containsExactly("../assets/search-analysis.js", "../assets/search.js");
                assertThat(doc.select("script").eachText()).as(file).allSatisfy(t -> assertThat(t).isEmpty());
                continue;
            }
            int expectedScripts = file.equals("404.html") ? 0 : 1;
            assertThat(doc.select("script")).as(file).hasSize(expectedScripts);
            for (Element script : doc.select("script")) {
                assertThat(script.attr("type")).isEqualTo("application/ld+json");
                JsonNode json = new ObjectMapper().readTree(script.data());
                assertThat(json.isObject()).isTrue();
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey()).as(file + " " + e.tagName()).doesNotStartWith("on");
                    if (a.getKey().equals("href") || a.getKey().equals("src")) {
                        assertThat(a.getValue().toLowerCase()).as(file).doesNotStartWith("javascript:").doesNotStartWith("data:");
                    }
                    if (a.getKey().equals("style")) {
                        assertThat(a.getValue()).doesNotContain("expression");
                    }
                }
                assertThat(e.tagName()).as(file).isNotIn("iframe", "svg", "object", "embed");
            }
        }
    }

    @Test
    void hostileTextIsShownAsTextAndJsonLdStaysIntact(@TempDir Path root) throws Exception {
        Path site = hostileSite(root, "sanitize");
        Document doc = TestSites.page(site, "2024/01/10/evil/index.html");
        assertThat(doc.selectFirst("h1").text()).isEqualTo(TITLE);
        assertThat(doc.select("title").text()).startsWith(TITLE);
        assertThat(doc.selectFirst(".attribution .credit").text()).contains(SOURCE_NAME);
        JsonNode ld = new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("headline").asText()).isEqualTo(TITLE);
        assertThat(ld.get("sourceOrganization").get("name").asText()).isEqualTo(SOURCE_NAME);
        assertThat(ld.get("keywords").get(1).asText()).isEqualTo("</script>");
        assertThat(doc.selectFirst("script[type=application/ld+json]").data()).doesNotContain("</");
        assertThat(doc.select(".body b").text()).isEqualTo("غامق");
        assertThat(doc.selectFirst(".body a[href=https://other.example/]").attr("rel")).isEqualTo("noopener");
        assertThat(doc.selectFirst("figure.lead img").attr("alt")).isEqualTo("\" onerror=\"alert(10)");
    }

    @Test
    void escapeModeShowsRawHtmlAsText(@TempDir Path root) {
        Path site = hostileSite(root, "escape");
        Document doc = TestSites.page(site, "2024/01/10/evil/index.html");
        assertThat(doc.select(".body b")).isEmpty();
        assertThat(doc.selectFirst(".body").text()).contains("<b onclick=\"alert(14)\">غامق</b>");
        assertThat(doc.select(".body script")).isEmpty();
    }

    @Test
    void trustModePassesRawHtmlThrough(@TempDir Path root) {
        Path site = hostileSite(root, "trust");
        Document doc = TestSites.page(site, "2024/01/10/evil/index.html");
        assertThat(doc.select(".body iframe")).hasSize(1);
        assertThat(doc.select(".body a[href=javascript:alert(16)]")).hasSize(1);
        assertThat(doc.select(".body a").eachAttr("href")).doesNotContain("javascript:alert(15)");
    }
}
