package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/** A site of two editions: Arabic at the root, French at /fr/, with translations linked both ways. */
class EditionsTest {
    private static final String BASE = "https://news.example.org/";
    private static final String AR = "2024/02/26/security/index.html";
    private static final String FR = "fr/2024/02/26/securite/index.html";

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void build() {
        TestSites.copy("bilingual", root);
        TestSites.build(root);
        site = root.resolve("site");
    }

    private static List<String> hreflang(Document page) {
        return page.select("link[rel=alternate][hreflang]").stream().map(l -> l.attr("hreflang") + " " + l.attr("href")).toList();
    }

    @Test
    void eachEditionHasItsOwnPagesLanguageAndDirection() {
        for (String file : TestSites.htmlFiles(site)) {
            Element html = TestSites.page(site, file).selectFirst("html");
            boolean french = file.startsWith("fr/");
            assertThat(html.attr("lang")).as(file).isEqualTo(french ? "fr" : "ar");
            assertThat(html.attr("dir")).as(file).isEqualTo(french ? "ltr" : "rtl");
        }
        assertThat(TestSites.htmlFiles(site)).contains("index.html", "fr/index.html", "404.html", "fr/404.html",
                "fr/archive/index.html", "fr/tags/index.html", "fr/sources/anadolu/index.html", "fr/2024/03/02/note/index.html");
        assertThat(TestSites.page(site, "fr/404.html").selectFirst("h1").text()).isEqualTo("Page introuvable");
        assertThat(TestSites.page(site, "fr/index.html").select(".item-title").eachText())
                .containsExactly("Une note publiée hors du dossier fr", "Le Maroc et la France renforcent leur coopération sécuritaire");
        assertThat(TestSites.page(site, "index.html").select(".item-title").eachText())
                .containsExactly("خبر بالعربية فقط", "وزيرا داخلية المغرب وفرنسا يبحثان تعزيز التعاون الأمني");
    }

    @Test
    void translationsLinkEachOtherBothWaysWithXDefault() {
        List<String> expected = List.of("ar " + BASE + "2024/02/26/security/", "fr " + BASE + "fr/2024/02/26/securite/",
                "x-default " + BASE + "2024/02/26/security/");
        assertThat(hreflang(TestSites.page(site, AR))).isEqualTo(expected);
        assertThat(hreflang(TestSites.page(site, FR))).isEqualTo(expected);
        assertThat(hreflang(TestSites.page(site, "2024/03/01/only-arabic/index.html"))).isEmpty();
        assertThat(hreflang(TestSites.page(site, "fr/index.html")))
                .containsExactly("ar " + BASE, "fr " + BASE + "fr/", "x-default " + BASE);
    }

    @Test
    void theLanguageSwitchLeadsToTheTranslationElseToTheOtherHome() {
        Element toFrench = TestSites.page(site, AR).selectFirst(".languages a");
        assertThat(toFrench.text()).isEqualTo("Français");
        assertThat(toFrench.attr("lang")).isEqualTo("fr");
        assertThat(TestSites.resolve(AR, toFrench.attr("href"), BASE)).isEqualTo(FR);
        Element toArabic = TestSites.page(site, FR).selectFirst(".languages a");
        assertThat(toArabic.text()).isEqualTo("العربية");
        assertThat(TestSites.resolve(FR, toArabic.attr("href"), BASE)).isEqualTo(AR);
        String noTranslation = "2024/03/01/only-arabic/index.html";
        Element home = TestSites.page(site, noTranslation).selectFirst(".languages a");
        assertThat(TestSites.resolve(noTranslation, home.attr("href"), BASE)).isEqualTo("fr/index.html");
        assertThat(TestSites.brokenLinks(site, BASE)).isEmpty();
    }

    @Test
    void anEditionNamesTheRegistryInItsLanguageAndWritesItsOwnTimes() {
        Document french = TestSites.page(site, FR);
        assertThat(french.selectFirst(".dateline").text()).isEqualTo("Rabat / Anadolu");
        assertThat(french.selectFirst(".attribution .credit").text()).startsWith("Source : Agence Anadolu");
        assertThat(french.select(".attribution .notice")).as("no notice in French was given").isEmpty();
        assertThat(french.selectFirst(".published").text()).isEqualTo("lundi 26 février 2024 à 15:00 heure de Rabat");
        assertThat(TestSites.page(site, "fr/sources/index.html").selectFirst("main").text()).contains("Agence Anadolu");
        assertThat(TestSites.page(site, AR).selectFirst(".attribution .notice")).isNotNull();
    }

    @Test
    void sectionsAndAuthorsHaveTheEditionsNamesAndPagesLinkedBothWays() {
        Document french = TestSites.page(site, FR);
        assertThat(french.selectFirst(".story-header .kicker").text()).isEqualTo("Politique");
        assertThat(french.selectFirst(".byline").text()).contains("Salma Benali").doesNotContain("سلمى");
        Document section = TestSites.page(site, "fr/sections/politics/index.html");
        assertThat(section.selectFirst("h1").text()).isEqualTo("Politique");
        assertThat(section.select(".lede").eachText()).as("no Arabic description on a French page").noneMatch(t -> t.contains("الشأن"));
        assertThat(hreflang(section)).containsExactly("ar " + BASE + "sections/politics/", "fr " + BASE + "fr/sections/politics/",
                "x-default " + BASE + "sections/politics/");
        assertThat(TestSites.page(site, "fr/authors/salma/index.html").selectFirst("h1").text()).isEqualTo("Salma Benali");
        assertThat(TestSites.page(site, "authors/salma/index.html").selectFirst("h1").text()).isEqualTo("سلمى بنعلي");
    }

    @Test
    void feedsAndSitemapsAreEditionAware() {
        String frenchFeed = TestSites.read(site.resolve("fr/feed.xml"));
        assertThat(frenchFeed).contains("xml:lang=\"fr\"").contains("Une note publiée").doesNotContain("خبر بالعربية فقط");
        assertThat(TestSites.read(site.resolve("feed.xml"))).contains("خبر بالعربية فقط").doesNotContain("Une note publiée");
        assertThat(TestSites.read(site.resolve("fr/rss.xml"))).contains("<language>fr</language>");
        String sitemap = TestSites.read(site.resolve("sitemap.xml"));
        assertThat(sitemap).contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
                .contains("<loc>" + BASE + "fr/2024/02/26/securite/</loc>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"" + BASE + "fr/2024/02/26/securite/\"/>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + BASE + "2024/02/26/security/\"/>");
        String news = TestSites.read(site.resolve("news-sitemap.xml"));
        assertThat(news).contains("<news:name>Nouvelles du test</news:name>").contains("<news:language>fr</news:language>")
                .contains("<news:language>ar</news:language>");
        assertThat(TestSites.read(site.resolve("robots.txt"))).contains("Sitemap: " + BASE + "sitemap.xml");
    }

    @Test
    void eachEditionSearchesItsOwnArticlesFromItsOwnSearchPage() throws IOException {
        for (String file : TestSites.htmlFiles(site)) {
            String searchPage = (file.startsWith("fr/") ? "fr/" : "") + "search/index.html";
            Element box = TestSites.page(site, file).selectFirst("header form[role=search]");
            if (!file.equals(searchPage) && box != null) {
                assertThat(TestSites.resolve(file, box.attr("action"), BASE)).as(file).isEqualTo(searchPage);
            }
        }
        assertThat(TestSites.page(site, "fr/search/index.html").selectFirst("h1").text()).isEqualTo("Recherche");
        assertThat(TestSites.resolve("fr/search/index.html",
                TestSites.page(site, "fr/search/index.html").selectFirst(".languages a").attr("href"), BASE))
                .isEqualTo("search/index.html");
        assertThat(results("fr/")).containsExactlyInAnyOrder(
                "Le Maroc et la France renforcent leur coopération sécuritaire Politique",
                "Une note publiée hors du dossier fr");
        assertThat(results("")).hasSize(2).noneMatch(r -> r.contains("Maroc") || r.contains("note"));
    }

    /**
     * An edition's search results as a reader sees them: each result file's link, followed from its search page as
     * search.js does (data-root + u), leads to the page whose headline it shows; its headline and section.
     */
    private static List<String> results(String edition) throws IOException {
        String page = edition + "search/index.html";
        String root = TestSites.page(site, page).selectFirst("form[data-root]").attr("data-root");
        List<String> shown = new ArrayList<>();
        for (byte[] file : TestSites.tree(site.resolve(edition + "search/d")).values()) {
            JsonNode result = new ObjectMapper().readTree(file);
            String target = TestSites.resolve(page, root + result.get("u").asText(), BASE);
            assertThat(TestSites.page(site, target).selectFirst("h1").text()).isEqualTo(result.get("t").asText());
            shown.add(result.get("t").asText() + (result.has("s") ? " " + result.get("s").asText() : ""));
        }
        return shown;
    }
}
