package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warraq.testing.TestSites.brokenLinks;
import static org.warraq.testing.TestSites.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/** Builds the "basic" fixture site once and checks what a reader sees. */
class SiteBuildTest {
    private static final String BASE = "https://news.example.org/ar/";
    private static final String SECURITY = "2024/02/26/وزيرا-داخلية-المغرب-وفرنسا-يبحثان-تعزيز-التعاون-الأمني/index.html";
    private static final String FAIR = "2024/02/26/افتتاح-معرض-الكتاب-في-الرباط/index.html";
    private static final String ECONOMY = "2023/12/18/مؤتمر-gitex-africa-2024-يجمع-1500-شركة/index.html";

    @TempDir
    static Path root;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        TestSites.copy("basic", root);
        result = TestSites.build(root);
        site = root.resolve("site");
    }

    @Test
    void everyPublishedArticleHasItsPageAndDraftsDoNot() {
        assertThat(site.resolve(SECURITY)).isRegularFile();
        assertThat(site.resolve(FAIR)).isRegularFile();
        assertThat(site.resolve(ECONOMY)).isRegularFile();
        assertThat(result.articles()).isEqualTo(3);
        assertThat(result.drafts()).isEqualTo(1);
        assertThat(TestSites.htmlFiles(site)).noneMatch(p -> p.contains("مسودة"));
        assertThat(page(site, "index.html").text()).doesNotContain("مسودة لم تنشر");
    }

    @Test
    void pagesAreArabicRightToLeft() {
        for (String p : List.of("index.html", SECURITY, "tags/index.html", "404.html")) {
            Element html = page(site, p).selectFirst("html");
            assertThat(html.attr("lang")).as(p).isEqualTo("ar");
            assertThat(html.attr("dir")).as(p).isEqualTo("rtl");
        }
    }

    @Test
    void articleShowsDatelineWithSourceBylineDatesAndAttribution() {
        Document doc = page(site, SECURITY);
        assertThat(doc.selectFirst("h1").text()).isEqualTo("وزيرا داخلية المغرب وفرنسا يبحثان تعزيز التعاون الأمني");
        assertThat(doc.selectFirst("h1").hasAttr("dir")).as("the headline takes the page's direction").isFalse();
        assertThat(doc.selectFirst(".dateline").text()).isEqualTo("الرباط / الأناضول");
        assertThat(doc.selectFirst(".byline").text()).contains("أحمد العلوي");
        Element time = doc.selectFirst(".dates time");
        assertThat(time.attr("datetime")).isEqualTo("2024-02-26T14:30:00+01:00");
        assertThat(time.text()).contains("26 فبراير/ شباط 2024").contains("14:30").contains("الاثنين");
        assertThat(doc.selectFirst(".hijri").text()).contains("16 شعبان 1445 هـ");
        Element credit = doc.selectFirst(".attribution .credit");
        assertThat(credit.text()).contains("وكالة الأناضول").contains("الخبر الأصلي");
        assertThat(credit.select("a[href=https://www.aa.com.tr/ar/story/1]")).hasSize(1);
        assertThat(credit.selectFirst("a[href=https://www.aa.com.tr/ar/story/1]").attr("rel")).isEqualTo("noopener");
        assertThat(doc.selectFirst(".attribution .notice").text())
                .isEqualTo("الأخبار المنشورة على الصفحة الرسمية لوكالة الأناضول هي اختصار لجزء من الأخبار.");
    }

    @Test
    void articleShowsImageWithCaptionAndCredit() {
        Document doc = page(site, SECURITY);
        Element img = doc.selectFirst("figure.lead img");
        assertThat(img.attr("alt")).isEqualTo("الوزيران خلال المباحثات");
        assertThat(img.attr("src")).isEqualTo("../../photo.svg");
        assertThat(doc.selectFirst("figure.lead figcaption").text()).contains("جانب من المباحثات").contains("تصوير الأناضول");
        assertThat(site.resolve("2024/02/photo.svg")).isRegularFile();
    }

    @Test
    void articleLinksToNeighboursTagsSourceAndDay() {
        Document doc = page(site, SECURITY);
        assertThat(doc.selectFirst(".neighbours .older a").text()).isEqualTo("افتتاح معرض الكتاب في الرباط");
        assertThat(doc.select(".neighbours .newer")).isEmpty();
        assertThat(page(site, ECONOMY).selectFirst(".neighbours .newer a").text()).isEqualTo("افتتاح معرض الكتاب في الرباط");
        assertThat(doc.select(".tags a").eachText()).containsExactly("المغرب", "فرنسا", "الهجرة");
        assertThat(doc.select(".tags a").first().attr("href")).isEqualTo("../../../../tags/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8/");
        assertThat(doc.selectFirst(".attribution .credit a").attr("href")).isEqualTo("../../../../sources/anadolu/");
        assertThat(doc.selectFirst(".attribution .filed a").attr("href")).isEqualTo("../");
    }

    @Test
    void bodyRelativeLinksPointAtPagesAndFiles() {
        Document doc = page(site, SECURITY);
        assertThat(doc.select(".body a").eachAttr("href")).containsExactly(
                "../../../../2023/12/18/%D9%85%D8%A4%D8%AA%D9%85%D8%B1-gitex-africa-2024-%D9%8A%D8%AC%D9%85%D8%B9-1500-%D8%B4%D8%B1%D9%83%D8%A9/",
                "../../photo.svg");
    }

    @Test
    void markdownExtensionsRender() {
        Document doc = page(site, ECONOMY);
        assertThat(doc.select(".body table td")).extracting(Element::text).contains("المغرب", "5%");
        assertThat(doc.select(".body strong").text()).isEqualTo("الاقتصاد");
        assertThat(doc.select(".body sup a[href=#fn-1]")).hasSize(1);
        assertThat(doc.select(".body .footnotes li").text()).contains("مصدر الأرقام");
    }

    @Test
    void everyInternalLinkResolvesToAFile() {
        assertThat(brokenLinks(site, BASE)).isEmpty();
    }

    @Test
    void percentEncodedLinksMatchUtf8FileNames() {
        Document home = page(site, "index.html");
        List<String> hrefs = home.select(".item-title a").eachAttr("href");
        assertThat(hrefs).hasSize(3).allMatch(h -> h.matches("[\\x21-\\x7e]+"), "ASCII only (percent-encoded)");
        for (String href : hrefs) {
            assertThat(site.resolve(TestSites.resolve("index.html", href, BASE))).isRegularFile();
        }
    }

    @Test
    void siteCarriesTheOutputMarkerAndNothingOutsideIsWritten() throws Exception {
        assertThat(site.resolve(".warraq-site")).isRegularFile();
        try (var list = Files.list(root)) {
            assertThat(list.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("site.yaml", "content", "site", ".warraq", ".site.warraq-lock");
        }
    }
}
