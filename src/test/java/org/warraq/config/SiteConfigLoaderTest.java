package org.warraq.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.Problem;
import org.warraq.testing.TestSites;
import org.warraq.text.Digits;
import org.warraq.text.MonthStyle;

class SiteConfigLoaderTest {

    @Test
    void appliesDefaultsAndDerivesDirectionFromTheLanguage(@TempDir Path root) {
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/news\n");
        SiteConfig config = SiteConfigLoader.load(root);
        assertThat(config.baseUrl().toString()).isEqualTo("https://example.org/news/");
        assertThat(config.language()).isEqualTo("ar");
        assertThat(config.direction()).isEqualTo("rtl");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.pageSize()).isEqualTo(20);
        assertThat(config.feedSize()).isEqualTo(50);
        assertThat(config.newsWindowHours()).isEqualTo(48);
        assertThat(config.rawHtml()).isEqualTo(RawHtml.SANITIZE);
        assertThat(config.monthStyle()).isEqualTo(MonthStyle.EGYPT);
        assertThat(config.digits()).isEqualTo(Digits.LATIN);
        assertThat(config.ogLocale()).isEqualTo("ar_AR");
        assertThat(config.newsName()).isEqualTo("موقع");
        assertThat(config.feedContent()).isEqualTo(new FeedContents(FeedContent.FULL, FeedContent.SUMMARY,
                FeedContent.SUMMARY, FeedContent.SUMMARY, FeedContent.SUMMARY));
    }

    @Test
    void feedContentIsOneValueForEveryFeedOrAMappingByKindOfFeed(@TempDir Path root) {
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/\nfeed_content: full\n");
        assertThat(SiteConfigLoader.load(root).feedContent())
                .isEqualTo(new FeedContents(FeedContent.FULL, FeedContent.FULL, FeedContent.FULL, FeedContent.FULL, FeedContent.FULL));
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/\nfeed_content: summary\n");
        assertThat(SiteConfigLoader.load(root).feedContent())
                .isEqualTo(new FeedContents(FeedContent.SUMMARY, FeedContent.SUMMARY, FeedContent.SUMMARY, FeedContent.SUMMARY,
                        FeedContent.SUMMARY));
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/\nfeed_content: {sources: full, authors: full}\n");
        assertThat(SiteConfigLoader.load(root).feedContent())
                .isEqualTo(new FeedContents(FeedContent.FULL, FeedContent.SUMMARY, FeedContent.FULL, FeedContent.SUMMARY,
                        FeedContent.FULL));
    }

    @Test
    void aWrongFeedContentIsReportedWhereItIsWritten(@TempDir Path root) {
        TestSites.write(root, "site.yaml", """
                title: موقع
                base_url: https://example.org/
                feed_content:
                  site: summary
                  tag: full
                  sources: some
                """);
        assertThatThrownBy(() -> SiteConfigLoader.load(root)).isInstanceOfSatisfying(BuildFailure.class, e ->
                assertThat(e.problems()).extracting(Problem::format).containsExactly(
                        "site.yaml:5:3: error: unknown key 'tag' (did you mean 'tags'?)",
                        "site.yaml:6:12: error: 'sources' must be one of full, summary (got 'some')"));
    }

    @Test
    void readsTheSourcesRegistryInItsOrder(@TempDir Path root) {
        TestSites.write(root, "site.yaml", """
                title: موقع
                base_url: https://example.org/
                language: ar-MA
                date_style: maghreb
                digits: arabic
                sources:
                  reuters: {name: رويترز, url: https://www.reuters.com/}
                  الأناضول:
                    name: وكالة الأناضول
                    short: الأناضول
                    notice: نص الملاحظة
                """);
        SiteConfig config = SiteConfigLoader.load(root);
        assertThat(config.sources().keySet()).containsExactly("reuters", "الأناضول");
        Source anadolu = config.sources().get("الأناضول");
        assertThat(anadolu.slug()).isEqualTo("الأناضول");
        assertThat(anadolu.shortName()).isEqualTo("الأناضول");
        assertThat(anadolu.notice()).contains("نص الملاحظة");
        assertThat(config.sources().get("reuters").shortName()).isEqualTo("رويترز");
        assertThat(config.ogLocale()).isEqualTo("ar_MA");
        assertThat(config.monthStyle()).isEqualTo(MonthStyle.MAGHREB);
    }

    @Test
    void reportsEveryProblemWithItsPosition(@TempDir Path root) {
        TestSites.write(root, "site.yaml", """
                title: موقع
                base_url: https://example.org/
                digits: hindi
                sources:
                  a: {name: أ, url: ftp://x}
                  "A": {name: ب}
                  b: نص
                """);
        assertThatThrownBy(() -> SiteConfigLoader.load(root)).isInstanceOfSatisfying(BuildFailure.class, e ->
                assertThat(e.problems()).extracting(Problem::format).containsExactly(
                        "site.yaml:3:9: error: 'digits' must be one of arabic, latin (got 'hindi')",
                        "site.yaml:5:21: error: 'url' must be an http:// or https:// address",
                        "site.yaml:6:3: error: source ids 'a' and 'A' give the same URL /sources/a/ (rename one)",
                        "site.yaml:7:6: error: source 'b' must be a mapping with name, short, url, notice"));
    }

    @Test
    void readsSectionsInTheirOrderAndAuthorsWithTheirProfiles(@TempDir Path root) {
        TestSites.write(root, "content/images/ahmed.jpg", "jpeg");
        TestSites.write(root, "site.yaml", """
                title: موقع
                base_url: https://example.org/
                sections:
                  sport: {name: رياضة}
                  economy: {name: اقتصاد, order: 2, image: https://cdn.example.net/e.jpg}
                  politics: {name: سياسة, description: أخبار السياسة, order: 1}
                authors:
                  ahmed:
                    name: أحمد العلوي
                    image: /images/ahmed.jpg
                    social: {website: https://ahmed.example.org/, email: "mailto:a@example.org", X: https://x.com/a}
                """);
        SiteConfig config = SiteConfigLoader.load(root);
        assertThat(config.sections().keySet()).as("by order; sport counts as its position, 1, and was written first")
                .containsExactly("sport", "politics", "economy");
        assertThat(config.sections().get("politics").description()).contains("أخبار السياسة");
        assertThat(config.sections().get("economy").image()).contains("https://cdn.example.net/e.jpg");
        Author ahmed = config.authors().get("ahmed");
        assertThat(ahmed.image()).contains("images/ahmed.jpg");
        assertThat(ahmed.social()).containsExactly(java.util.Map.entry(SocialNetwork.X, "https://x.com/a"),
                java.util.Map.entry(SocialNetwork.EMAIL, "mailto:a@example.org"),
                java.util.Map.entry(SocialNetwork.WEBSITE, "https://ahmed.example.org/"));
        assertThat(config.authorName("ahmed")).isEqualTo("أحمد العلوي");
        assertThat(config.authorName("كاتب ضيف")).isEqualTo("كاتب ضيف");
        assertThat(config.homeSectionItems()).isEqualTo(4);
        assertThat(config.relatedItems()).isEqualTo(4);
    }

    @Test
    void reportsEveryProblemOfTheSectionsAndAuthorsRegistries(@TempDir Path root) {
        TestSites.write(root, "site.yaml", """
                title: موقع
                base_url: https://example.org/
                related_items: -1
                sections:
                  politics: {description: بلا اسم}
                  Politics: {name: سياسة}
                  economy: {name: اقتصاد, colour: red, image: /images/none.jpg}
                authors:
                  ahmed:
                    name: أحمد
                    url: www.ahmed.org
                    social: {facebok: https://facebook.com/a, email: not-an-address, x: "@ahmed", tiktok: ""}
                """);
        assertThatThrownBy(() -> SiteConfigLoader.load(root)).isInstanceOfSatisfying(BuildFailure.class, e ->
                assertThat(e.problems()).extracting(Problem::format).containsExactly(
                        "site.yaml:3:16: error: 'related_items' must be between 0 and 100",
                        "site.yaml:5:3: error: 'name' is missing (the section's name as pages show it, e.g. name: سياسة)",
                        "site.yaml:6:3: error: section ids 'politics' and 'Politics' give the same URL /sections/politics/ (rename one)",
                        "site.yaml:7:27: error: unknown key 'colour' (known keys: description, image, name, order)",
                        "site.yaml:7:47: error: image file 'images/none.jpg' not found in content/ (paths start from content/)",
                        "site.yaml:11:10: error: 'url' must be an http:// or https:// address",
                        "site.yaml:12:14: error: unknown social network 'facebok' (did you mean 'facebook'? known: x, facebook, instagram, linkedin, youtube, tiktok, telegram, whatsapp, email, website)",
                        "site.yaml:12:54: error: 'email' must be an email address (e.g. email: name@example.org)",
                        "site.yaml:12:73: error: 'x' must be an http:// or https:// address (write the whole address of the profile, e.g. https://x.com/name)",
                        "site.yaml:12:91: error: 'tiktok' must be an address"));
    }

    @Test
    void aMissingSiteYamlIsAConfigurationError(@TempDir Path root) {
        assertThatThrownBy(() -> SiteConfigLoader.load(root)).isInstanceOfSatisfying(BuildFailure.class, e -> {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.problems().get(0).message()).startsWith("site.yaml not found in ");
        });
    }

    @Test
    void refusesAControlCharacterOrSpaceInASourceAddressWithItsPosition(@TempDir Path root) {
        TestSites.write(root, "site.yaml", """
                title: موقع
                base_url: https://example.org/
                sources:
                  agency:
                    name: وكالة
                    url: "https://agency.example/a b"
                    feed: "https://agency.example/rss\\x01.xml"
                """);
        assertThatThrownBy(() -> SiteConfigLoader.load(root)).isInstanceOfSatisfying(BuildFailure.class, f -> {
            assertThat(f.exitCode()).isEqualTo(BuildFailure.CONFIG);
            assertThat(f.problems()).extracting(Problem::format).containsExactly(
                    "site.yaml:6:10: error: 'url' holds white space (U+0020) (an address has no spaces or invisible "
                            + "characters; percent-encode them (%20))",
                    "site.yaml:7:11: error: 'feed' holds a control character (U+0001) (an address has no spaces or "
                            + "invisible characters; percent-encode them (%20))");
        });
    }
}
