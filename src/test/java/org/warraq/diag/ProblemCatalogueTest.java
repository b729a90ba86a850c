package org.warraq.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warraq.pipeline.BuildOptions;
import org.warraq.pipeline.Pipeline;
import org.warraq.testing.TestSites;

/**
 * The catalogue of bad input (issue 6): one fixture per case under src/test/resources/invalid/cases/, each
 * checked for its exact problem line, position included.
 */
class ProblemCatalogueTest {
    private static final String SLUG_HINT = " (use words and hyphens only, e.g. slug: morocco-france-talks)";
    private static final String ALIAS_HINT = " (write the old path on this site, e.g. /2023/06/14/old-slug/)";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no-front-matter.md", List.of(
                        "content/no-front-matter.md:1:1: error: no front matter (start the file with a line '---', then title: and date:, then another '---')")),
                Arguments.of("front-matter-not-closed.md", List.of(
                        "content/front-matter-not-closed.md:1:1: error: front matter is not closed (add a line '---' after the last key, before the article's text)")),
                Arguments.of("yaml-bad-indentation.md", List.of(
                        "content/yaml-bad-indentation.md:3:7: error: YAML syntax error: mapping values are not allowed here (check the indentation of this line; a value containing ': ' must be quoted)")),
                Arguments.of("yaml-tab.md", List.of(
                        "content/yaml-tab.md:3:1: error: YAML syntax error: a tab character where YAML expects spaces (indent with spaces, never tabs)")),
                Arguments.of("yaml-unclosed-quote.md", List.of(
                        "content/yaml-unclosed-quote.md:2:8: error: YAML syntax error: a quoted value is not closed (add the closing quote on the same line)")),
                Arguments.of("yaml-duplicate-key.md", List.of(
                        "content/yaml-duplicate-key.md:4:1: error: duplicate key 'title' (it is already set on line 2; keep one)")),
                Arguments.of("missing-title.md", List.of(
                        "content/missing-title.md:1:1: error: 'title' is missing (every article needs a headline: title: ...)")),
                Arguments.of("empty-title.md", List.of(
                        "content/empty-title.md:2:1: error: 'title' is empty (every article needs a headline: title: ...)")),
                Arguments.of("missing-date.md", List.of(
                        "content/missing-date.md:1:1: error: 'date' is missing (e.g. date: 2024-02-26T14:30:00+01:00)")),
                Arguments.of("unparseable-date.md", List.of(
                        "content/unparseable-date.md:3:7: error: cannot read date 'الثلاثاء القادم' (write it as 2024-02-26T14:30:00+01:00, 2024-02-26 14:30 or 2024-02-26)")),
                Arguments.of("impossible-date.md", List.of(
                        "content/impossible-date.md:3:7: error: date '2024-02-30' does not exist: February 2024 has 29 days (check the day)")),
                Arguments.of("unknown-key.md", List.of(
                        "content/unknown-key.md:1:1: error: 'title' is missing (every article needs a headline: title: ...)",
                        "content/unknown-key.md:2:1: error: unknown key 'tittle' (did you mean 'title'?)")),
                Arguments.of("wrong-type.md", List.of(
                        "content/wrong-type.md:4:7: error: 'tags' must be a list, not a number (write tags: [first, second], or quote a single value)")),
                Arguments.of("unknown-source.md", List.of(
                        "content/unknown-source.md:4:9: error: unknown source 'reuterz' (did you mean 'reuters'? known sources: anadolu, reuters)")),
                Arguments.of("unknown-section.md", List.of(
                        "content/unknown-section.md:4:10: error: unknown section 'politic' (did you mean 'politics'? known sections: economy, politics)")),
                Arguments.of("featured-not-boolean.md", List.of(
                        "content/featured-not-boolean.md:4:11: error: 'featured' must be true or false, not a text")),
                Arguments.of("corrections-not-a-list.md", List.of(
                        "content/corrections-not-a-list.md:4:14: error: 'corrections' must be a list of date and text (corrections: [{date: 2024-02-27T09:00, text: ...}])")),
                Arguments.of("correction-without-text.md", List.of(
                        "content/correction-without-text.md:5:5: error: 'text' is missing (what was corrected)",
                        "content/correction-without-text.md:6:5: error: 'text' is missing (what was corrected)",
                        "content/correction-without-text.md:6:24: error: unknown key 'txt' (did you mean 'text'?)")),
                Arguments.of("alias-not-a-site-path.md", List.of(
                        "content/alias-not-a-site-path.md:5:5: error: alias 'https://old.example.org/story/' is an address, not a path on this site" + ALIAS_HINT,
                        "content/alias-not-a-site-path.md:6:5: error: alias '/old/../etc/' must not contain '.' or '..' segments" + ALIAS_HINT,
                        "content/alias-not-a-site-path.md:7:5: error: alias '/search?q=1' has a query or a fragment, which a static site cannot tell apart" + ALIAS_HINT,
                        "content/alias-not-a-site-path.md:8:5: error: alias '/old%ZZ/' has a malformed %-escape" + ALIAS_HINT)),
                Arguments.of("image-without-alt.md", List.of(
                        "content/image-without-alt.md:4:1: error: 'alt' is missing (describe the image for readers who cannot see it)")),
                Arguments.of("slug-with-slash.md", List.of(
                        "content/slug-with-slash.md:4:7: error: slug must not contain '/' or '\\'" + SLUG_HINT)),
                Arguments.of("slug-with-dotdot.md", List.of(
                        "content/slug-with-dotdot.md:4:7: error: slug must not contain '..'" + SLUG_HINT)),
                Arguments.of("slug-with-backslash.md", List.of(
                        "content/slug-with-backslash.md:4:7: error: slug must not contain '/' or '\\'" + SLUG_HINT)),
                Arguments.of("slug-with-drive-letter.md", List.of(
                        "content/slug-with-drive-letter.md:4:7: error: slug must not start with a drive letter" + SLUG_HINT)),
                Arguments.of("slug-with-control-character.md", List.of(
                        "content/slug-with-control-character.md:4:7: error: slug must not contain control character U+0007" + SLUG_HINT)),
                Arguments.of("slug-empty-after-normalisation.md", List.of(
                        "content/slug-empty-after-normalisation.md:4:7: error: slug has no letters or digits left after normalisation" + SLUG_HINT)),
                Arguments.of("invalid-utf8.md", List.of(
                        "content/invalid-utf8.md:5:4: error: invalid UTF-8 (byte 0xC3) (save the file as UTF-8; it may be in Windows-1256 or another legacy encoding)")),
                Arguments.of("nul-byte.md", List.of(
                        "content/nul-byte.md:5:3: error: file contains a NUL byte (this looks like a binary file; content files must be UTF-8 text)")),
                Arguments.of("yaml-alias-bomb.md", List.of(
                        "content/yaml-alias-bomb.md:5:8: error: YAML aliases (*a) are not allowed (write the value out in full)")),
                Arguments.of("yaml-deep-nesting.md", List.of(
                        "content/yaml-deep-nesting.md:4:26: error: YAML is nested more than 16 levels deep (front matter needs only a few levels)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheExactProblemLine(String file, List<String> expected, @TempDir Path root) throws IOException {
        site(root, file);
        List<String> lines = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TestSites.failures(root));
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void reportsEveryProblemOfEveryFileInOneBuildSortedByFileAndLine(@TempDir Path root) throws IOException {
        List<String> expected = new ArrayList<>();
        for (Arguments arguments : cases().toList()) {
            site(root, (String) arguments.get()[0]);
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) arguments.get()[1];
            expected.addAll(lines);
        }
        assertThat(TestSites.failures(root)).containsExactlyElementsOf(expected.stream().sorted(ProblemCatalogueTest::byLine).toList());
    }

    @Test
    void refusesAFileOverTheSizeLimit(@TempDir Path root) throws IOException {
        site(root, "no-front-matter.md");
        Files.delete(root.resolve("content/no-front-matter.md"));
        Files.writeString(root.resolve("site.yaml"), Files.readString(root.resolve("site.yaml")) + "max_file_size_mb: 1\n");
        String big = "---\ntitle: كبير\ndate: 2024-01-10\n---\n" + "نص طويل جدا. ".repeat(55_000);
        TestSites.write(root, "content/big.md", big);
        assertThat(TestSites.failures(root)).containsExactly(
                "content/big.md:1:1: error: file is 1.16 MB, over the limit of 1 MB (split the article, or raise max_file_size_mb in site.yaml)");
    }

    @Test
    void acceptsAByteOrderMarkCrlfLineEndsAndASingleTag(@TempDir Path root) throws IOException {
        site(root, "no-front-matter.md");
        Files.delete(root.resolve("content/no-front-matter.md"));
        try (InputStream in = getClass().getResourceAsStream("/invalid/accepted/bom-crlf.md")) {
            Files.write(root.resolve("content/bom-crlf.md"), in.readAllBytes());
        }
        TestSites.build(root);
        Path page = root.resolve("site/2024/01/10/خبر-بنهايات-ويندوز/index.html");
        assertThat(TestSites.page(root.resolve("site"), root.resolve("site").relativize(page).toString()).selectFirst("h1").text())
                .isEqualTo("خبر بنهايات ويندوز");
        assertThat(root.resolve("site/tags/المغرب/index.html")).isRegularFile();
    }

    @Test
    void reportsTwoArticlesWithTheSameUrlOnceNamingBoth(@TempDir Path root) throws IOException {
        site(root, "no-front-matter.md");
        Files.delete(root.resolve("content/no-front-matter.md"));
        String story = "---\ntitle: خبر مكرر\ndate: 2024-01-10T09:00:00+01:00\n---\nنص.\n";
        TestSites.write(root, "content/a/first.md", story);
        TestSites.write(root, "content/b/second.md", story.replace("09:00", "17:00"));
        assertThat(TestSites.failures(root)).containsExactly(
                "content/b/second.md:2:1: error: same URL /2024/01/10/خبر-مكرر/ as content/a/first.md (add a slug: line to one of them)");
    }

    @Test
    void reportsAnAliasAtAPagesAddressOrAtAnotherAliasAtTheAliasesLine(@TempDir Path root) throws IOException {
        site(root, "no-front-matter.md");
        Files.delete(root.resolve("content/no-front-matter.md"));
        TestSites.write(root, "content/a.md", """
                ---
                title: خبر أول
                date: 2024-01-10T09:00:00+01:00
                slug: first
                aliases:
                  - /tags/
                  - /2024/01/10/first/
                  - /old/story/
                ---
                نص.
                """);
        TestSites.write(root, "content/b.md", """
                ---
                title: خبر ثان
                date: 2024-01-11T09:00:00+01:00
                aliases: [old/story, feed.xml]
                ---
                نص.
                """);
        TestSites.write(root, "content/old/page.pdf", "%PDF-1.4");
        TestSites.write(root, "content/c.md", "---\ntitle: خبر ثالث\ndate: 2024-01-12\naliases: /old/page.pdf\n---\nنص.\n");
        String hint = " (an alias is an old address that no longer has a page: remove it)";
        assertThat(TestSites.failures(root)).containsExactly(
                "content/a.md:6:5: error: alias '/tags/' is the address of a page or file of the site (/tags/index.html)" + hint,
                "content/a.md:7:5: error: alias '/2024/01/10/first/' is the address of a page or file of the site (/2024/01/10/first/index.html)" + hint,
                "content/b.md:4:11: error: alias 'old/story' is also an alias of content/a.md (an old address can lead to one article only)",
                "content/b.md:4:22: error: alias 'feed.xml' is the address of a page or file of the site (/feed.xml)" + hint,
                "content/c.md:4:10: error: alias '/old/page.pdf' is the address of a page or file of the site (/old/page.pdf)" + hint);
    }

    @Test
    void reportsATemplateSyntaxErrorAtItsPosition(@TempDir Path root) {
        TestSites.copy("template-syntax", root);
        assertThat(TestSites.failures(root)).containsExactly(
                "templates/article.ftlh:5:21: error: template syntax error: Encountered \"/\": something on this line is not closed (check ${…} and <#…>)");
    }

    @Test
    void reportsATemplateRuntimeErrorWithTheTemplatePositionAndTheArticle(@TempDir Path root) {
        TestSites.copy("template-runtime", root);
        assertThat(TestSites.failures(root)).containsExactly(
                "templates/article.ftlh:6:21: error: 'article.kicker' is missing or null; test optional values with ?? or give a default with ! (while rendering content/story.md)");
    }

    @Test
    void reportsABadSiteYamlWithPositionsAndExitCode2(@TempDir Path root) {
        TestSites.copy("bad-config", root);
        assertThatThrownBy(() -> Pipeline.build(BuildOptions.defaults(root)))
                .isInstanceOfSatisfying(BuildFailure.class, failure -> {
                    assertThat(failure.exitCode()).isEqualTo(2);
                    assertThat(failure.problems()).extracting(Problem::format).containsExactly(
                            "site.yaml:2:11: error: base_url 'example.org' is not an absolute http(s) address (e.g. https://example.org/ or https://example.org/news/)",
                            "site.yaml:3:12: error: 'page_size' must be a whole number, not a text",
                            "site.yaml:4:11: error: unknown time zone 'Mars/Olympus' (use a tz database name, e.g. Asia/Riyadh, Africa/Casablanca)",
                            "site.yaml:5:1: error: unknown key 'titel' (did you mean 'title'?)");
                });
    }

    private static void site(Path root, String caseFile) throws IOException {
        if (!Files.exists(root.resolve("site.yaml"))) {
            try (InputStream in = ProblemCatalogueTest.class.getResourceAsStream("/invalid/site.yaml")) {
                Files.write(root.resolve("site.yaml"), in.readAllBytes());
            }
        }
        Files.createDirectories(root.resolve("content"));
        try (InputStream in = ProblemCatalogueTest.class.getResourceAsStream("/invalid/cases/" + caseFile)) {
            Files.write(root.resolve("content").resolve(caseFile), in.readAllBytes());
        }
    }

    private static int byLine(String a, String b) {
        String[] pa = a.split(":", 4);
        String[] pb = b.split(":", 4);
        int c = pa[0].compareTo(pb[0]);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(Integer.parseInt(pa[1]), Integer.parseInt(pb[1]));
        return c != 0 ? c : Integer.compare(Integer.parseInt(pa[2]), Integer.parseInt(pb[2]));
    }
}
