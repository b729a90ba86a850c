package org.warraq.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.warraq.index.GroupKind;

class RoutesTest {
    private final Routes routes = new Routes(URI.create("https://example.org/news/"), ZoneId.of("Asia/Riyadh"), "");

    @Test
    void oneSetOfSegmentsGivesTheFileAndTheEncodedUrl() {
        Route tag = routes.group(GroupKind.TAG, "الهجرة", 2);
        assertThat(tag.filePath()).isEqualTo("tags/الهجرة/page/2/index.html");
        assertThat(tag.urlPath()).isEqualTo("tags/%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9/page/2/");
        assertThat(routes.absolute(tag)).isEqualTo("https://example.org/news/tags/%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9/page/2/");
        assertThat(routes.home(1).filePath()).isEqualTo("index.html");
        assertThat(routes.home(1).urlPath()).isEmpty();
        assertThat(routes.feed(FeedFormat.ATOM, FeedScope.SITE).filePath()).isEqualTo("feed.xml");
    }

    @Test
    void archiveRoutesArePaddedAndHackable() {
        assertThat(routes.day(LocalDate.of(2024, 2, 6), 1).filePath()).isEqualTo("2024/02/06/index.html");
        assertThat(routes.month(YearMonth.of(2024, 2), 3).filePath()).isEqualTo("2024/02/page/3/index.html");
        assertThat(routes.year(2024, 1).urlPath()).isEqualTo("2024/");
    }

    @Test
    void linksAreRelativeToThePageTheyAreOn() {
        Route article = Route.page("2024", "02", "26", "خبر");
        assertThat(routes.href(article, routes.day(LocalDate.of(2024, 2, 26), 1))).isEqualTo("../");
        assertThat(routes.href(article, routes.home(1))).isEqualTo("../../../../");
        assertThat(routes.href(article, routes.asset("style.css"))).isEqualTo("../../../../assets/style.css");
        assertThat(routes.href(routes.home(1), article)).isEqualTo("2024/02/26/%D8%AE%D8%A8%D8%B1/");
        assertThat(routes.href(article, article)).isEqualTo("./");
        assertThat(routes.href(routes.group(GroupKind.TAG, "a", 2), routes.group(GroupKind.TAG, "a", 1))).isEqualTo("../../");
        assertThat(routes.href(routes.home(1), routes.contentFile("2024/02/صورة 1.jpg")))
                .isEqualTo("2024/02/%D8%B5%D9%88%D8%B1%D8%A9%201.jpg");
    }

    @Test
    void theNotFoundPageLinksFromTheRootPath() {
        assertThat(routes.href(routes.notFound(), routes.archive())).isEqualTo("/news/archive/");
        assertThat(routes.href(routes.notFound(), routes.asset("style.css"))).isEqualTo("/news/assets/style.css");
    }

    @Test
    void anEditionHasItsPagesAndFeedsInItsFolderAndSharesTheSitesFiles() {
        Routes french = new Routes(URI.create("https://example.org/news/"), ZoneId.of("Asia/Riyadh"), "fr");
        assertThat(french.home(1).filePath()).isEqualTo("fr/index.html");
        assertThat(french.group(GroupKind.SOURCE, "map", 2).filePath()).isEqualTo("fr/sources/map/page/2/index.html");
        assertThat(french.feed(FeedFormat.RSS, FeedScope.SITE).filePath()).isEqualTo("fr/rss.xml");
        assertThat(french.notFound().filePath()).isEqualTo("fr/404.html");
        assertThat(french.sitemap().filePath()).isEqualTo("sitemap.xml");
        assertThat(french.asset("style.css").filePath()).isEqualTo("assets/style.css");
        assertThat(french.contentFile("fr/2024/photo.jpg").filePath()).isEqualTo("fr/2024/photo.jpg");
        assertThat(french.href(french.archive(), routes.archive())).isEqualTo("../../archive/");
        assertThat(french.href(french.notFound(), french.archive())).isEqualTo("/news/fr/archive/");
    }

    @Test
    void lengthsAreKnownWithoutEncoding() {
        for (Route route : java.util.List.of(routes.home(1), routes.group(GroupKind.TAG, "الهجرة", 2), routes.asset("style.css"),
                Route.page("2024", "02", "26", "خبر 😀 x/y"), routes.contentFile("2024/02/صورة 1.jpg"))) {
            assertThat(Routes.urlPathLength(route)).isEqualTo(route.urlPath().length());
            assertThat(routes.absoluteLength(route)).isEqualTo(routes.absolute(route).length());
        }
    }
}
