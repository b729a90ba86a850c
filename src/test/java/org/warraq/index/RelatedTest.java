package org.warraq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.content.Article;
import org.warraq.content.TagName;
import org.warraq.diag.Position;
import org.warraq.testing.TestSites;

/** Related stories: rare shared tags count most, ties go to the newer story, and the result never depends on input order. */
class RelatedTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2015-01-01T10:00:00+01:00");

    @TempDir
    Path root;

    private SiteConfig config(String extra) {
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/\n"
                + "sections:\n  news: {name: أخبار}\n" + extra);
        return SiteConfigLoader.load(root);
    }

    private static Article article(String slug, OffsetDateTime date, String section, String... tags) {
        List<TagName> names = new ArrayList<>();
        for (String tag : tags) {
            names.add(new TagName(tag, tag));
        }
        return new Article("content/" + slug + ".md", slug + ".md", slug, date, Optional.empty(), slug, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), names, "", Optional.empty(), false, java.util.Map.of(), slug,
                10, Position.START, List.of(), Optional.ofNullable(section), false, false, List.of(), List.of(), "ar",
                Optional.empty());
    }

    private static List<String> related(SiteIndex index, String slug) {
        Article a = index.articles().stream().filter(x -> x.slug().equals(slug)).findFirst().orElseThrow();
        return index.related(a).stream().map(Article::slug).toList();
    }

    @Test
    void storiesSharingARareTagYearsApartComeBeforeTheirManyNeighboursInACommonTagAndSection() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            articles.add(article("common-" + i, START.plusDays(5L * i), "news", "common"));
        }
        for (int i = 0; i < 100; i++) {
            articles.add(article("other-" + i, START.plusDays(5L * i).plusHours(2), null, "other"));
        }
        for (int i = 0; i < 4; i++) {
            articles.add(article("rare-" + i, START.plusYears(2L * i).plusHours(1), "news", "common", "rare"));
        }
        SiteIndex index = SiteIndex.build(articles, config(""));
        List<String> rare = List.of("rare-0", "rare-1", "rare-2", "rare-3");
        for (String slug : rare) {
            List<String> related = related(index, slug);
            assertThat(related).hasSize(4);
            assertThat(related.subList(0, 3)).as(slug)
                    .containsExactlyInAnyOrderElementsOf(rare.stream().filter(s -> !s.equals(slug)).toList());
            assertThat(related.get(3)).startsWith("common-");
        }
        assertThat(related(index, "rare-3").subList(0, 3)).as("equal scores: the newer first")
                .containsExactly("rare-2", "rare-1", "rare-0");
    }

    @Test
    void aStoryWithNothingInCommonHasNoRelatedStoriesAndTiesGoToTheNewerThenBySlug() {
        List<Article> articles = List.of(
                article("alone", START, null, "only-here"),
                article("b", START.plusDays(1), null, "t"),
                article("a", START.plusDays(1), null, "t"),
                article("c", START.plusDays(2), null, "t"),
                article("d", START.plusDays(3), null, "t", "u"),
                article("e", START.plusDays(4), null, "u"));
        SiteIndex index = SiteIndex.build(articles, config(""));
        assertThat(related(index, "alone")).isEmpty();
        assertThat(related(index, "c")).containsExactly("d", "a", "b");
        assertThat(related(index, "d")).as("u is on two of six stories, t on four: u weighs more")
                .containsExactly("e", "c", "a", "b");
    }

    @Test
    void candidatesComeFromTheNearestStoriesInTimeOfEachTagSoACommonTagCostsNoMoreThanARareOne() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            articles.add(article(String.format("s%04d", i), START.plusHours(i), null, "everywhere", "x" + (i % 3)));
        }
        SiteIndex index = SiteIndex.build(articles, config("related_items: 6\n"));
        List<String> related = related(index, "s1000");
        assertThat(related).hasSize(6);
        for (String slug : related) {
            int n = Integer.parseInt(slug.substring(1));
            assertThat(Math.abs(n - 1000)).as(slug).isLessThanOrEqualTo(3 * Related.WINDOW);
            assertThat(n % 3).as("a tag on every story weighs nothing: only x%d relates them", 1000 % 3).isEqualTo(1000 % 3);
        }
    }

    @Test
    void theSameArticlesInAnyOrderGiveTheSameRelatedStoriesAndNoneWhenTurnedOff() {
        List<Article> articles = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            articles.add(article("a" + i, START.plusDays(random.nextInt(60)), i % 4 == 0 ? "news" : null,
                    "t" + random.nextInt(12), "t" + random.nextInt(40)));
        }
        SiteConfig config = config("");
        SiteIndex first = SiteIndex.build(articles, config);
        List<Article> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(11));
        SiteIndex second = SiteIndex.build(shuffled, config);
        for (Article a : first.articles()) {
            assertThat(related(second, a.slug())).as(a.slug()).isEqualTo(related(first, a.slug()));
        }
        SiteIndex off = SiteIndex.build(articles, config("related_items: 0\n"));
        assertThat(off.articles()).allSatisfy(a -> assertThat(off.related(a)).isEmpty());
    }
}
