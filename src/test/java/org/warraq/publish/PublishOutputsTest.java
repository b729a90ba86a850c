package org.warraq.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.warraq.testing.TestSites;

/** Feeds, sitemaps, head metadata and JSON-LD of the "basic" fixture, read with real parsers. */
class PublishOutputsTest {
    private static final String BASE = "https://news.example.org/ar/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String ARTICLE = "2024/02/26/وزيرا-داخلية-المغرب-وفرنسا-يبحثان-تعزيز-التعاون-الأمني/index.html";

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void build() {
        TestSites.copy("basic", root);
        TestSites.build(root);
        site = root.resolve("site");
    }

    static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    static List<String> texts(org.w3c.dom.Node parent, String ns, String name) {
        NodeList nodes = parent instanceof org.w3c.dom.Document d ? d.getElementsByTagNameNS(ns, name)
                : ((Element) parent).getElementsByTagNameNS(ns, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    static List<Path> feeds() throws Exception {
        try (var walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().matches("feed\\.xml|rss\\.xml")).sorted().toList();
        }
    }

    @Test
    void everyScopeHasAnAtomAndAnRssFeed() {
        for (String scope : List.of("", "tags/المغرب/", "tags/اقتصاد/", "sources/anadolu/", "sources/afp/")) {
            assertThat(site.resolve(scope + "feed.xml")).isRegularFile();
            assertThat(site.resolve(scope + "rss.xml")).isRegularFile();
        }
    }

    @Test
    void atomFeedsHaveTheRequiredElements() throws Exception {
        org.w3c.dom.Document atom = xml(site.resolve("feed.xml"));
        Element feed = atom.getDocumentElement();
        assertThat(feed.getAttribute("xml:lang")).isEqualTo("ar");
        assertThat(texts(atom, ATOM, "id").get(0)).isEqualTo(BASE + "feed.xml");
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        String newestEntryUpdated = texts(entries.item(0), ATOM, "updated").get(0);
        assertThat(texts(atom, ATOM, "updated").get(0)).isEqualTo(newestEntryUpdated).isEqualTo("2024-02-26T14:30:00+01:00");
        Element first = (Element) entries.item(0);
        assertThat(texts(first, ATOM, "title")).containsExactly("وزيرا داخلية المغرب وفرنسا يبحثان تعزيز التعاون الأمني", "وكالة الأناضول");
        assertThat(texts(first, ATOM, "name")).contains("أحمد العلوي");
        assertThat(first.getElementsByTagNameNS(ATOM, "category").getLength()).isEqualTo(3);
        for (String date : texts(atom, ATOM, "published")) {
            assertThat(OffsetDateTime.parse(date, DateTimeFormatter.ISO_OFFSET_DATE_TIME)).isNotNull();
        }
        Element content = (Element) first.getElementsByTagNameNS(ATOM, "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).contains("<p>بحث وزير الداخلية")
                .contains("href=\"" + BASE + "2023/12/18/").doesNotContain("href=\"../");
        NodeList links = atom.getElementsByTagNameNS(ATOM, "link");
        List<String> rels = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            rels.add(link.getAttribute("rel"));
            assertThat(link.getAttribute("href")).startsWith("https://");
        }
        assertThat(rels).contains("self", "alternate");
    }

    @Test
    void rssFeedsUseRfc822DatesGuidsCategoriesAndTheAgencySource() throws Exception {
        org.w3c.dom.Document rss = xml(site.resolve("rss.xml"));
        assertThat(texts(rss, "", "language")).containsExactly("ar");
        assertThat(DateTimeFormatter.RFC_1123_DATE_TIME.parse(texts(rss, "", "lastBuildDate").get(0))).isNotNull();
        assertThat(texts(rss, "", "lastBuildDate").get(0)).isEqualTo("Mon, 26 Feb 2024 14:30:00 +0100");
        for (String date : texts(rss, "", "pubDate")) {
            assertThat(date).matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
        }
        Element item = (Element) rss.getElementsByTagName("item").item(0);
        Element guid = (Element) item.getElementsByTagName("guid").item(0);
        assertThat(guid.getAttribute("isPermaLink")).isEqualTo("true");
        assertThat(guid.getTextContent()).isEqualTo(item.getElementsByTagName("link").item(0).getTextContent()).startsWith(BASE);
        assertThat(texts(item, "", "category")).containsExactly("المغرب", "فرنسا", "الهجرة");
        Element source = (Element) item.getElementsByTagName("source").item(0);
        assertThat(source.getTextContent()).isEqualTo("وكالة الأناضول");
        assertThat(source.getAttribute("url")).isEqualTo("https://www.aa.com.tr/ar");
    }

    @Test
    void theSiteFeedsCarryWholeArticlesAndTheFeedsOfATagOrASourceTheirSummaries() throws Exception {
        org.w3c.dom.Document atom = xml(site.resolve("feed.xml"));
        assertThat(texts(atom, ATOM, "content")).isNotEmpty().allSatisfy(html -> assertThat(html).contains("<p>"));
        org.w3c.dom.Document rss = xml(site.resolve("rss.xml"));
        assertThat(texts(rss, "http://purl.org/rss/1.0/modules/content/", "encoded")).isNotEmpty();
        List<Path> groupFeeds = feeds().stream().filter(p -> !p.getParent().equals(site)).toList();
        assertThat(groupFeeds).hasSizeGreaterThan(8);
        for (Path file : groupFeeds) {
            org.w3c.dom.Document feed = xml(file);
            assertThat(texts(feed, ATOM, "content")).as(file.toString()).isEmpty();
            assertThat(texts(feed, "http://purl.org/rss/1.0/modules/content/", "encoded")).as(file.toString()).isEmpty();
            assertThat(texts(feed, ATOM, "summary").size() + texts(feed, "", "description").size()).as(file.toString())
                    .isPositive();
        }
    }

    @Test
    void aFeedLibraryReadsEveryFeedAndEveryEntry() throws Exception {
        List<Path> feeds = feeds();
        assertThat(feeds).hasSizeGreaterThan(10);
        for (Path file : feeds) {
            SyndFeed feed = new SyndFeedInput().build(new XmlReader(file.toFile()));
            assertThat(feed.getTitle()).as(file.toString()).isNotBlank();
            assertThat(feed.getEntries()).as(file.toString()).isNotEmpty();
            for (SyndEntry entry : feed.getEntries()) {
                assertThat(entry.getTitle()).isNotBlank();
                assertThat(entry.getLink()).startsWith(BASE);
                assertThat(entry.getPublishedDate()).isNotNull();
            }
        }
    }

    @Test
    void sitemapListsEveryPageWithLastmodAndEveryLocExists() throws Exception {
        org.w3c.dom.Document sitemap = xml(site.resolve("sitemap.xml"));
        List<String> locs = texts(sitemap, SITEMAP, "loc");
        List<String> pages = TestSites.htmlFiles(site).stream().filter(p -> !p.equals("404.html"))
                .filter(p -> !p.equals("search/index.html")).toList();
        assertThat(locs).hasSize(pages.size());
        assertThat(locs).noneMatch(loc -> loc.contains("/search/"));
        for (String loc : locs) {
            assertThat(loc).startsWith(BASE);
            assertThat(site.resolve(TestSites.resolve("index.html", loc, BASE))).as(loc).isRegularFile();
        }
        assertThat(texts(sitemap, SITEMAP, "lastmod")).hasSize(locs.size())
                .allSatisfy(d -> assertThat(OffsetDateTime.parse(d)).isNotNull());
        assertThat(TestSites.read(site.resolve("robots.txt")))
                .contains("Sitemap: " + BASE + "sitemap.xml").contains("Sitemap: " + BASE + "news-sitemap.xml");
    }

    @Test
    void everyPageHeadCarriesCanonicalOpenGraphTwitterAndFeeds() {
        for (String file : TestSites.htmlFiles(site)) {
            Document doc = TestSites.page(site, file);
            assertThat(doc.select("title").text()).as(file).isNotBlank();
            assertThat(doc.select("meta[name=description]")).as(file).hasSize(1);
            assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).as(file).startsWith(BASE);
            assertThat(doc.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("ar_AR");
            assertThat(doc.select("meta[property=og:title], meta[property=og:url], meta[name=twitter:card]")).hasSize(3);
            assertThat(doc.select("link[rel=alternate][type=application/atom+xml]")).as(file).isNotEmpty();
            assertThat(doc.select("link[rel=alternate][type=application/rss+xml]")).as(file).isNotEmpty();
        }
        Document article = TestSites.page(site, ARTICLE);
        assertThat(article.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(article.select("meta[property=og:image]")).as("an SVG is never a shared image").isEmpty();
        assertThat(article.selectFirst("meta[property=article:published_time]").attr("content")).isEqualTo("2024-02-26T14:30:00+01:00");
        assertThat(article.select("meta[property=article:tag]").eachAttr("content")).containsExactly("المغرب", "فرنسا", "الهجرة");
        assertThat(TestSites.page(site, "tags/المغرب/index.html").select("link[rel=alternate]").eachAttr("href"))
                .contains(BASE + "tags/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8/feed.xml");
    }

    @Test
    void articlesCarryNewsArticleJsonLdWithTheAgencyFields() throws Exception {
        JsonNode ld = new ObjectMapper().readTree(TestSites.page(site, ARTICLE)
                .selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asText()).isEqualTo("وزيرا داخلية المغرب وفرنسا يبحثان تعزيز التعاون الأمني");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2024-02-26T14:30:00+01:00");
        assertThat(ld.get("author").get(0).get("@type").asText()).isEqualTo("Person");
        assertThat(ld.get("author").get(0).get("name").asText()).isEqualTo("أحمد العلوي");
        assertThat(ld.get("publisher").get("@type").asText()).isEqualTo("Organization");
        assertThat(ld.get("dateline").asText()).isEqualTo("الرباط / الأناضول");
        assertThat(ld.get("sourceOrganization").get("name").asText()).isEqualTo("وكالة الأناضول");
        assertThat(ld.get("sourceOrganization").get("url").asText()).isEqualTo("https://www.aa.com.tr/ar");
        assertThat(ld.get("isBasedOn").asText()).isEqualTo("https://www.aa.com.tr/ar/story/1");
        assertThat(ld.get("keywords")).hasSize(3);
        assertThat(ld.get("inLanguage").asText()).isEqualTo("ar");
        assertThat(ld.get("image")).as("an SVG is never a shared image").isNull();
        assertThat(ld.get("mainEntityOfPage").get("@id").asText()).isEqualTo(ld.get("url").asText());

        JsonNode home = new ObjectMapper().readTree(TestSites.page(site, "index.html").selectFirst("script[type=application/ld+json]").data());
        assertThat(home.get("@type").asText()).isEqualTo("WebSite");
        JsonNode tag = new ObjectMapper().readTree(TestSites.page(site, "tags/المغرب/index.html").selectFirst("script[type=application/ld+json]").data());
        assertThat(tag.get("@type").asText()).isEqualTo("CollectionPage");
        assertThat(tag.get("breadcrumb").get("@type").asText()).isEqualTo("BreadcrumbList");
        assertThat(tag.get("breadcrumb").get("itemListElement").get(2).get("item").asText())
                .isEqualTo(BASE + "tags/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8/");
    }

    @Test
    void buildingTwiceGivesByteIdenticalFeedsAndSitemaps(@TempDir Path other) {
        TestSites.copy("basic", other);
        TestSites.build(other);
        Map<String, byte[]> first = TestSites.tree(site);
        Map<String, byte[]> second = TestSites.tree(other.resolve("site"));
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(new ByteArrayInputStream(second.get(path))).as(path)
                .hasSameContentAs(new ByteArrayInputStream(bytes)));
    }
}
