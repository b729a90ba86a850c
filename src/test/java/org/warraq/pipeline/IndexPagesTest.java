package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warraq.testing.TestSites.page;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/**
 * The "indexes" fixture (page_size 2, two years, several months, three articles on one day, tag spellings
 * with tashkeel and tatweel, a draft): every list page, followed through its pagination, must list exactly
 * the right articles, newest first.
 */
class IndexPagesTest {
    private static final String BASE = "https://example.org/news/";
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    /** The fixture's articles, as written in its files (a11 is a draft). */
    private record Story(String name, String date, String source, List<String> tags) {
        String title() {
            return "خبر رقم " + name.substring(1);
        }

        LocalDate day() {
            return OffsetDateTime.parse(date).atZoneSameInstant(RIYADH).toLocalDate();
        }
    }

    private static final List<Story> STORIES = List.of(
            new Story("a01", "2023-01-05T09:00:00+03:00", "reuters", List.of("الهجرة", "أوروبا")),
            new Story("a02", "2023-01-20T09:00:00+03:00", "afp", List.of("الهجرة")),
            new Story("a03", "2023-03-02T23:30:00+00:00", "own", List.of("اقتصاد")),
            new Story("a04", "2023-07-14T12:00:00+03:00", "reuters", List.of("الهجرة", "اقتصاد")),
            new Story("a05", "2023-12-31T22:00:00+03:00", "afp", List.of("رياضة")),
            new Story("a06", "2024-02-26T08:00:00+03:00", "reuters", List.of("الهجرة")),
            new Story("a07", "2024-02-26T12:00:00+03:00", "afp", List.of("اقتصاد", "أوروبا")),
            new Story("a08", "2024-02-26T18:00:00+03:00", "own", List.of("رياضة", "الهجرة")),
            new Story("a09", "2024-02-27T09:00:00+03:00", "reuters", List.of("أوروبا")),
            new Story("a10", "2024-04-10T09:00:00+03:00", "own", List.of("اقتصاد")));

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void build() {
        TestSites.copy("indexes", root);
        TestSites.build(root);
        site = root.resolve("site");
    }

    private static List<String> expected(Predicate<Story> filter) {
        return STORIES.stream().filter(filter)
                .sorted(Comparator.comparing((Story s) -> OffsetDateTime.parse(s.date()).toInstant()).reversed())
                .map(Story::title).toList();
    }

    /** Follows rel=next from a list page; checks "page N of M" on each; returns the titles in order. */
    private static List<String> listing(String firstPage, int expectedPages) {
        List<String> titles = new ArrayList<>();
        String current = firstPage;
        int n = 0;
        while (current != null) {
            n++;
            Document doc = page(site, current);
            titles.addAll(doc.select(".item-title a").eachText());
            assertThat(doc.select(".item-title a").size()).as(current).isBetween(1, 2);
            if (expectedPages > 1) {
                assertThat(doc.selectFirst(".page-of").text()).as(current)
                        .isEqualTo("الصفحة " + arabic(n) + " من " + arabic(expectedPages));
                assertThat(doc.select(".pagination a[aria-current=page]").text()).isEqualTo(arabic(n));
            } else {
                assertThat(doc.select(".pagination")).as(current).isEmpty();
            }
            Element next = doc.selectFirst(".pagination a[rel=next]");
            Element headNext = doc.selectFirst("link[rel=next]");
            assertThat(next == null).isEqualTo(headNext == null);
            if (n > 1) {
                assertThat(doc.selectFirst(".pagination a[rel=prev]")).as(current).isNotNull();
            }
            current = next == null ? null : TestSites.resolve(current, next.attr("href"), BASE);
        }
        assertThat(n).as(firstPage).isEqualTo(expectedPages);
        return titles;
    }

    private static int pages(int items) {
        return Math.max(1, (items + 1) / 2);
    }

    private static String arabic(int n) {
        return org.warraq.text.Digits.ARABIC.number(n);
    }

    @Test
    void homeListsEveryPublishedArticleNewestFirst() {
        List<String> all = expected(s -> true);
        assertThat(listing("index.html", pages(all.size()))).containsExactlyElementsOf(all);
    }

    @Test
    void tagSpellingsWithTashkeelAndTatweelAreOneTag() {
        assertThat(site.resolve("tags/الهجرة/index.html")).isRegularFile();
        assertThat(site.resolve("tags/الهِجرة")).doesNotExist();
        Document tag = page(site, "tags/الهجرة/index.html");
        assertThat(tag.selectFirst("h1").text()).isEqualTo("الوسم: الهجرة");
        List<String> migration = expected(s -> s.tags().contains("الهجرة"));
        assertThat(migration).hasSize(5);
        assertThat(listing("tags/الهجرة/index.html", 3)).containsExactlyElementsOf(migration);
    }

    @Test
    void everyTagPageListsExactlyItsArticles() {
        Map<String, List<String>> byTag = new TreeMap<>();
        STORIES.forEach(s -> s.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(s.name())));
        for (String tag : byTag.keySet()) {
            List<String> want = expected(s -> s.tags().contains(tag));
            assertThat(listing("tags/" + tag + "/index.html", pages(want.size()))).as(tag).containsExactlyElementsOf(want);
        }
        assertThat(site.resolve("tags/سري")).as("a tag used only by a draft has no page").doesNotExist();
        Document overview = page(site, "tags/index.html");
        assertThat(overview.select(".tag-cloud a bdi").eachText())
                .containsExactly("الهجرة", "اقتصاد", "أوروبا", "رياضة");
        assertThat(overview.select(".tag-cloud .count").eachText()).containsExactly("(٥)", "(٤)", "(٣)", "(٢)");
    }

    @Test
    void everySourcePageListsExactlyItsArticles() {
        for (String source : List.of("reuters", "afp", "own")) {
            List<String> want = expected(s -> s.source().equals(source));
            assertThat(listing("sources/" + source + "/index.html", pages(want.size()))).as(source)
                    .containsExactlyElementsOf(want);
        }
        assertThat(page(site, "sources/index.html").select(".source-list a").eachText())
                .containsExactly("رويترز", "وكالة فرانس برس", "مراسلونا");
    }

    @Test
    void everyYearMonthAndDayPageListsExactlyItsArticles() {
        Map<String, Predicate<Story>> periods = new LinkedHashMap<>();
        for (Story s : STORIES) {
            LocalDate d = s.day();
            periods.put(String.format("%04d", d.getYear()), x -> x.day().getYear() == d.getYear());
            periods.put(String.format("%04d/%02d", d.getYear(), d.getMonthValue()),
                    x -> x.day().getYear() == d.getYear() && x.day().getMonthValue() == d.getMonthValue());
            periods.put(d.toString().replace('-', '/'), x -> x.day().equals(d));
        }
        periods.forEach((path, filter) -> {
            List<String> want = expected(filter);
            assertThat(listing(path + "/index.html", pages(want.size()))).as(path).containsExactlyElementsOf(want);
        });
        assertThat(site.resolve("2023/03/03/index.html")).as("a day in the site's time zone").isRegularFile();
        assertThat(site.resolve("2023/03/02")).doesNotExist();
    }

    @Test
    void threeArticlesOnOneDayArePaginatedOnTheDayPage() {
        Document day = page(site, "2024/02/26/index.html");
        assertThat(day.selectFirst("h1").text()).isEqualTo("الاثنين ٢٦ شباط ٢٠٢٤");
        assertThat(day.selectFirst(".page-of").text()).isEqualTo("الصفحة ١ من ٢");
    }

    @Test
    void archiveCountsEqualTheNumberOfArticles() {
        Document archive = page(site, "archive/index.html");
        assertThat(archive.selectFirst(".lede").text()).contains(arabic(STORIES.size()));
        int sum = 0;
        for (Element month : archive.select(".archive-year .periods li")) {
            String count = month.selectFirst(".count").text().replaceAll("[()]", "");
            sum += Integer.parseInt(org.warraq.text.Digits.LATIN.apply(toLatin(count)));
        }
        assertThat(sum).isEqualTo(STORIES.size());
        assertThat(archive.select(".archive-year h2 a").eachText()).containsExactly("٢٠٢٤", "٢٠٢٣");
        assertThat(archive.select(".archive-year").first().select(".periods a").eachText())
                .containsExactly("نيسان ٢٠٢٤", "شباط ٢٠٢٤");
    }

    @Test
    void yearAndMonthPagesListTheirPartsWithCountsAndLinkUpAndSideways() {
        Document year = page(site, "2023/index.html");
        assertThat(year.select(".parts a").eachText()).containsExactly("كانون الأول", "تموز", "آذار", "كانون الثاني");
        assertThat(year.select(".parts .count").eachText()).containsExactly("(١)", "(١)", "(١)", "(٢)");
        assertThat(year.selectFirst(".period-nav .up a").attr("href")).isEqualTo("../archive/");
        assertThat(year.selectFirst(".period-nav .later a").text()).contains("٢٠٢٤");
        assertThat(year.select(".period-nav .earlier")).isEmpty();

        Document month = page(site, "2024/02/index.html");
        assertThat(month.selectFirst("h1").text()).isEqualTo("شباط ٢٠٢٤");
        assertThat(month.select(".parts a").eachText()).containsExactly("٢٧ شباط", "٢٦ شباط");
        assertThat(month.selectFirst(".period-nav .up a").attr("href")).isEqualTo("../");
        assertThat(month.selectFirst(".period-nav .earlier a").text()).contains("كانون الأول ٢٠٢٣");
        assertThat(month.selectFirst(".period-nav .later a").text()).contains("نيسان ٢٠٢٤");

        Document day = page(site, "2024/02/27/index.html");
        assertThat(day.selectFirst(".period-nav .up a").attr("href")).isEqualTo("../");
        assertThat(day.selectFirst(".period-nav .earlier a").attr("href")).isEqualTo("../26/");
    }

    @Test
    void noPageListsADraftAndEveryLinkResolves() {
        for (String file : TestSites.htmlFiles(site)) {
            assertThat(TestSites.read(site.resolve(file))).as(file).doesNotContain("مسودة");
        }
        assertThat(TestSites.brokenLinks(site, BASE)).isEmpty();
    }

    @Test
    void notFoundPageIsArabicAndLinksFromTheRoot() {
        Document notFound = page(site, "404.html");
        assertThat(notFound.selectFirst("h1").text()).isEqualTo("الصفحة غير موجودة");
        assertThat(notFound.select(".links-404 a").eachAttr("href")).containsExactly("/news/", "/news/archive/");
    }

    @Test
    void headerLinksTheSectionsAndArticlesLinkTheirSourceAndDay() {
        Document article = page(site, "2024/02/26/خبر-رقم-07/index.html");
        assertThat(article.select(".site-nav a").eachAttr("href"))
                .containsExactly("../../../../", "../../../../archive/", "../../../../tags/", "../../../../sources/");
        assertThat(article.selectFirst(".attribution .credit a").attr("href")).isEqualTo("../../../../sources/afp/");
        assertThat(article.selectFirst(".attribution .filed a").attr("href")).isEqualTo("../");
        assertThat(article.select(".tags a").eachText()).containsExactly("اقتصاد", "أوروبا");
    }

    private static String toLatin(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + (c - '\u0660')) : c);
        }
        return out.toString();
    }
}
