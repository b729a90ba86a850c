package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/** The same engine builds French and English sites: their words, dates and direction, no Arabic outside content. */
class LanguagesTest {
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");

    @Test
    void aFrenchSiteIsFrenchAndLeftToRight(@TempDir Path root) {
        Path site = build("fr", root);
        assertEveryPageIs(site, "fr", "ltr");
        Document article = TestSites.page(site, "2024/02/26/cooperation-securitaire/index.html");
        assertThat(article.selectFirst(".published").text())
                .isEqualTo("lundi 26 février 2024 à 14:30 UTC+1 (16 chaabane 1445 AH)");
        assertThat(article.selectFirst(".byline").text()).isEqualTo("Par Karim El Amrani, Sophie Martin");
        assertThat(article.selectFirst(".reading").text()).isEqualTo("Temps de lecture : 1 minute");
        assertThat(article.selectFirst(".site-nav").text()).isEqualTo("Accueil Archives Mots-clés Sources");
        assertThat(TestSites.page(site, "2024/03/index.html").selectFirst("h1").text()).isEqualTo("mars 2024");
        assertThat(TestSites.page(site, "2024/index.html").select(".periods a").eachText()).containsExactly("mars", "février");
        assertThat(TestSites.page(site, "index.html").selectFirst(".page-of").text()).isEqualTo("Page 1 sur 2");
        assertThat(TestSites.page(site, "404.html").selectFirst("h1").text()).isEqualTo("Page introuvable");
        assertThat(article.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
    }

    @Test
    void anEnglishSiteIsEnglishAndLeftToRight(@TempDir Path root) {
        Path site = build("en", root);
        assertEveryPageIs(site, "en", "ltr");
        Document article = TestSites.page(site, "2024/02/26/gulf-ministers-meet-in-abu-dhabi-on-energy-transition/index.html");
        assertThat(article.selectFirst(".published").text()).isEqualTo("Monday, February 26, 2024, 2:30\u202fPM UTC+4");
        assertThat(article.selectFirst(".dateline").text()).isEqualTo("Abu Dhabi / WAM");
        assertThat(article.selectFirst(".reading").text()).isEqualTo("Reading time: 1 minute");
        assertThat(TestSites.page(site, "2024/02/26/index.html").selectFirst("h1").text()).isEqualTo("Monday, February 26, 2024");
        assertThat(TestSites.page(site, "archive/index.html").select(".archive-year a").eachText())
                .contains("March 2024", "February 2024");
        assertThat(article.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("en_US");
    }

    private static Path build(String fixture, Path root) {
        TestSites.copy(fixture, root);
        TestSites.build(root);
        return root.resolve("site");
    }

    /**
     * Every page has the language and direction, and no Arabic letter once the article bodies (where the
     * fixtures quote Arabic) are taken out: no word of the theme, date or number is Arabic.
     */
    private static void assertEveryPageIs(Path site, String language, String direction) {
        for (String file : TestSites.htmlFiles(site)) {
            Document page = TestSites.page(site, file);
            Element html = page.selectFirst("html");
            assertThat(html.attr("lang")).as(file).isEqualTo(language);
            assertThat(html.attr("dir")).as(file).isEqualTo(direction);
            page.select(".story .body").remove();
            assertThat(ARABIC.matcher(page.outerHtml()).find()).as("Arabic outside the content of " + file).isFalse();
        }
    }
}
