package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warraq.testing.TestSites.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/**
 * The "Done when" of issue 14 (images aside), on the "newsroom" fixture: two sections and two registered authors
 * whose pages list exactly their stories, a featured story leading the home page, a corrected story, an aliased
 * story, and four stories sharing a rare tag years apart that each link the other three.
 */
class NewsroomBuildTest {
    private static final String BASE = "https://news.example.org/";
    private static final Map<String, String> PAGES = new TreeMap<>();

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void build() {
        TestSites.copy("newsroom", root);
        TestSites.build(root);
        site = root.resolve("site");
        for (String file : TestSites.htmlFiles(site)) {
            Element h1 = page(site, file).selectFirst("article.story h1");
            if (h1 != null) {
                PAGES.put(h1.text(), file);
            }
        }
    }

    /** The output file of the article with this title. */
    private static String article(String title) {
        assertThat(PAGES).containsKey(title);
        return PAGES.get(title);
    }

    /** The titles a paginated list shows, from its first page to its last, following rel=next. */
    private static List<String> listed(String firstPage) {
        List<String> titles = new ArrayList<>();
        String file = firstPage;
        for (int pages = 0; file != null && pages < 50; pages++) {
            Document doc = page(site, file);
            doc.select("main .item-title a").forEach(a -> titles.add(a.text()));
            Element next = doc.selectFirst("link[rel=next]");
            file = next == null ? null : TestSites.resolve(file, next.attr("href"), BASE);
        }
        return titles;
    }

    private static Document xml(String file) {
        return Jsoup.parse(TestSites.read(site.resolve(file)), "", Parser.xmlParser());
    }

    private static JsonNode jsonLd(String file) throws Exception {
        return new ObjectMapper().readTree(page(site, file).selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void sectionAndAuthorPagesListExactlyTheirStoriesNewestFirst() {
        assertThat(listed("sections/politics/index.html")).containsExactly("خبر سياسي أول", "خبر سياسي مصحح",
                "خبر سياسي بعنوان قديم", "خبر عام رقم 7", "خبر عام رقم 5", "خبر عام رقم 3", "خبر عام رقم 1", "خبر نادر أول");
        assertThat(listed("sections/economy/index.html")).containsExactly("خبر اقتصادي مميز", "خبر اقتصادي ثان",
                "خبر عام رقم 8", "خبر عام رقم 6", "خبر نادر رابع", "خبر عام رقم 4", "خبر عام رقم 2", "خبر نادر ثان");
        assertThat(listed("authors/ahmed/index.html")).containsExactly("خبر سياسي أول", "خبر سياسي مصحح");
        assertThat(listed("authors/leila/index.html")).containsExactly("خبر سياسي بعنوان قديم", "خبر اقتصادي مميز");
        assertThat(page(site, "sections/index.html").select("main li a").eachText()).containsExactly("سياسة", "اقتصاد");
        assertThat(page(site, "authors/index.html").select("main li").eachText())
                .containsExactly("أحمد العلوي (2)", "ليلى بناني (2)");
    }

    @Test
    void sectionsAreInTheNavigationInRegistryOrderAndEachHasFeeds() {
        Document politics = page(site, "sections/politics/index.html");
        assertThat(politics.select(".site-nav a").eachText()).containsSubsequence("الرئيسية", "سياسة", "اقتصاد", "الأرشيف");
        assertThat(politics.selectFirst(".site-nav a[aria-current=page]").text()).isEqualTo("سياسة");
        assertThat(politics.select("link[rel=alternate]").eachAttr("href"))
                .contains(BASE + "sections/politics/feed.xml", BASE + "sections/politics/rss.xml");
        assertThat(xml("sections/economy/feed.xml").select("entry")).hasSize(8);
        assertThat(xml("authors/ahmed/rss.xml").select("item").eachText()).hasSize(2);
        assertThat(xml("authors/ahmed/rss.xml").select("item").get(1).select("dc|creator").eachText())
                .containsExactly("أحمد العلوي", "كاتب ضيف");
        Element author = xml("feed.xml").select("entry").get(1).selectFirst("author");
        assertThat(author.selectFirst("name").text()).isEqualTo("أحمد العلوي");
        assertThat(author.selectFirst("uri").text()).isEqualTo(BASE + "authors/ahmed/");
    }

    @Test
    void theFeaturedStoryLeadsTheHomePageThenTheLatestThenASectionBlockEach() {
        Document home = page(site, "index.html");
        assertThat(home.selectFirst("main .lead-story .item-title").text()).isEqualTo("خبر اقتصادي مميز");
        assertThat(home.select(".latest .item-title").eachText()).containsExactly("آخر خبر في الموقع", "خبر سياسي أول");
        assertThat(home.select(".section-block h2").eachText()).containsExactly("سياسة", "اقتصاد");
        assertThat(home.select(".section-block").get(0).select(".item-title").eachText())
                .as("the newest political story is in the latest: the block starts with the next one")
                .containsExactly("خبر سياسي مصحح", "خبر سياسي بعنوان قديم");
        assertThat(home.select(".section-block").get(1).select(".item-title").eachText())
                .as("the featured story is shown above, so the block starts with the next one")
                .containsExactly("خبر اقتصادي ثان", "خبر عام رقم 8");
        assertThat(page(site, "page/2/index.html").select(".lead-story, .section-block")).isEmpty();
    }

    @Test
    void aBreakingStoryLeadsWhileItIsTheNewestAndIsLabelledWhereverItIsShown(@TempDir Path other) {
        TestSites.copy("newsroom", other);
        TestSites.write(other, "content/newest.md",
                TestSites.read(other.resolve("content/newest.md")).replace("date:", "breaking: true\nsection: politics\ndate:"));
        TestSites.build(other);
        Path out = other.resolve("site");
        Document home = page(out, "index.html");
        assertThat(home.selectFirst(".lead-story .item-title").text()).isEqualTo("عاجل آخر خبر في الموقع");
        assertThat(home.selectFirst(".lead-story .breaking").text()).isEqualTo("عاجل");
        assertThat(page(out, "sections/politics/index.html").selectFirst(".item-title .breaking")).isNotNull();
        assertThat(page(out, "2024/06/01/آخر-خبر-في-الموقع/index.html").selectFirst(".story-header .breaking").text())
                .isEqualTo("عاجل");

        TestSites.write(other, "content/later.md", "---\ntitle: خبر أحدث\ndate: 2024-07-01T10:00:00+01:00\n---\nنص.\n");
        TestSites.build(other);
        assertThat(page(out, "index.html").selectFirst(".lead-story .item-title").text())
                .as("no longer the newest: the featured story leads again").isEqualTo("خبر اقتصادي مميز");
    }

    @Test
    void anAliasRedirectsToItsStoryAndStaysOutOfTheSitemap() {
        String story = article("خبر سياسي بعنوان قديم");
        assertThat(story).isEqualTo("2024/03/01/new-slug/index.html");
        for (String alias : List.of("2024/03/01/old-slug/index.html", "old/path.html")) {
            Document doc = page(site, alias);
            String refresh = doc.selectFirst("meta[http-equiv=refresh]").attr("content");
            assertThat(refresh).startsWith("0; url=");
            assertThat(TestSites.resolve(alias, refresh.substring("0; url=".length()), BASE)).isEqualTo(story);
            assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "2024/03/01/new-slug/");
            assertThat(doc.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
            Element link = doc.selectFirst("main a");
            assertThat(link.text()).isEqualTo("خبر سياسي بعنوان قديم");
            assertThat(TestSites.resolve(alias, link.attr("href"), BASE)).isEqualTo(story);
        }
        assertThat(TestSites.read(site.resolve("sitemap.xml"))).contains("new-slug").doesNotContain("old-slug")
                .doesNotContain("path.html");
        assertThat(TestSites.brokenLinks(site, BASE)).isEmpty();
    }

    @Test
    void aCorrectionIsOnThePageInJsonLdAndSetsTheUpdatedTime() throws Exception {
        String file = article("خبر سياسي مصحح");
        Document doc = page(site, file);
        assertThat(doc.select(".corrections li").eachText()).containsExactly(
                "2 أبريل 2024: صُحّح تاريخ الاجتماع.", "3 أبريل 2024: صُحّح اسم الوزير في الفقرة الثانية.");
        assertThat(doc.selectFirst(".updated time").attr("datetime")).isEqualTo("2024-04-03T09:00:00+01:00");
        JsonNode ld = jsonLd(file);
        assertThat(ld.get("dateModified").asText()).isEqualTo("2024-04-03T09:00:00+01:00");
        assertThat(ld.get("correction")).hasSize(2);
        assertThat(ld.get("correction").get(1).get("@type").asText()).isEqualTo("CorrectionComment");
        assertThat(ld.get("correction").get(1).get("text").asText()).isEqualTo("صُحّح اسم الوزير في الفقرة الثانية.");
        assertThat(ld.get("correction").get(1).get("datePublished").asText()).isEqualTo("2024-04-03T09:00:00+01:00");
        Element entry = xml("sections/politics/feed.xml").select("entry").get(1);
        assertThat(entry.selectFirst("published").text()).isEqualTo("2024-04-01T10:00:00+01:00");
        assertThat(entry.selectFirst("updated").text()).isEqualTo("2024-04-03T09:00:00+01:00");
        assertThat(xml("sections/politics/rss.xml").select("item").get(1).selectFirst("atom|updated").text())
                .isEqualTo("2024-04-03T09:00:00+01:00");
    }

    @Test
    void eachOfFourStoriesSharingARareTagYearsApartLinksTheOtherThree() {
        List<String> rare = List.of("خبر نادر أول", "خبر نادر ثان", "خبر نادر ثالث", "خبر نادر رابع");
        for (String title : rare) {
            String file = article(title);
            List<String> related = page(site, file).select(".related .item-title a").stream()
                    .map(a -> TestSites.resolve(file, a.attr("href"), BASE)).toList();
            List<String> others = rare.stream().filter(t -> !t.equals(title)).map(NewsroomBuildTest::article).toList();
            assertThat(related).as(title).containsAll(others).hasSizeLessThanOrEqualTo(4).doesNotContain(file);
        }
        assertThat(page(site, article("خبر نادر ثالث")).select(".related .item-title").eachText())
                .as("only the tag relates it: the others share nothing with it").hasSize(3);
    }

    @Test
    void anArticleInASectionHasItsBreadcrumbsKickerAndLinkedByline() throws Exception {
        String file = article("خبر سياسي مصحح");
        Document doc = page(site, file);
        assertThat(doc.select(".breadcrumbs a").eachText()).containsExactly("الرئيسية", "سياسة", "خبر سياسي مصحح");
        assertThat(TestSites.resolve(file, doc.select(".breadcrumbs a").get(1).attr("href"), BASE))
                .isEqualTo("sections/politics/index.html");
        assertThat(doc.selectFirst(".story-header .kicker").text()).isEqualTo("سياسة");
        Element byline = doc.selectFirst(".byline");
        assertThat(byline.text()).isEqualTo("بقلم: أحمد العلوي، كاتب ضيف");
        assertThat(byline.select("a")).hasSize(1);
        assertThat(TestSites.resolve(file, byline.selectFirst("a").attr("href"), BASE)).isEqualTo("authors/ahmed/index.html");
        JsonNode authors = jsonLd(file).get("author");
        assertThat(authors.get(0).get("name").asText()).isEqualTo("أحمد العلوي");
        assertThat(authors.get(0).get("url").asText()).isEqualTo(BASE + "authors/ahmed/");
        assertThat(authors.get(0).get("sameAs")).extracting(JsonNode::asText)
                .containsExactly("https://ahmed.example.org/", "https://x.com/ahmed");
        assertThat(authors.get(1).get("name").asText()).isEqualTo("كاتب ضيف");
        assertThat(authors.get(1).has("url")).isFalse();
        assertThat(jsonLd(file).get("articleSection").asText()).isEqualTo("سياسة");
        assertThat(page(site, article("آخر خبر في الموقع")).select(".breadcrumbs a").eachText())
                .as("without a section: the date archive").startsWith("الرئيسية", "الأرشيف", "2024");
    }

    @Test
    void anAuthorsPageShowsPhotoBioAndProfilesWithAProfilePage() throws Exception {
        Document doc = page(site, "authors/ahmed/index.html");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("أحمد العلوي");
        assertThat(doc.selectFirst(".author-card img").attr("alt")).isEqualTo("أحمد العلوي");
        assertThat(doc.selectFirst(".author-card img").attr("src")).isEqualTo("https://cdn.example.net/ahmed.jpg");
        assertThat(doc.selectFirst(".bio").text()).isEqualTo("صحفي يتابع الشأن السياسي.");
        assertThat(doc.select(".profiles a").eachAttr("href"))
                .containsExactly("https://ahmed.example.org/", "https://x.com/ahmed", "mailto:ahmed@example.org");
        JsonNode ld = jsonLd("authors/ahmed/index.html");
        assertThat(ld.get("@type").asText()).isEqualTo("ProfilePage");
        assertThat(ld.get("mainEntity").get("url").asText()).isEqualTo(BASE + "authors/ahmed/");
        assertThat(ld.get("mainEntity").get("description").asText()).isEqualTo("صحفي يتابع الشأن السياسي.");
        assertThat(page(site, "authors/leila/index.html").select(".author-card img, .profiles")).isEmpty();
    }

    @Test
    void aSectionsImageIsTheShareImageOfItsStoriesWithoutOneButNeverAnSvg() {
        Document economy = page(site, article("خبر اقتصادي ثان"));
        assertThat(economy.selectFirst("meta[property=og:image]").attr("content")).isEqualTo("https://cdn.example.net/economy.jpg");
        assertThat(page(site, "sections/economy/index.html").selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://cdn.example.net/economy.jpg");
        assertThat(page(site, article("خبر سياسي أول")).select("meta[property=og:image]")).isEmpty();
        assertThat(page(site, "sections/politics/index.html").select("meta[property=og:image]")).isEmpty();
    }
}
