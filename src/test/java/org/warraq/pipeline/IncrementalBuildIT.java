package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.Corpus;
import org.warraq.testing.Photos;
import org.warraq.testing.TestSites;

/**
 * An incremental build rewrites only what changed, and its result is always identical, file by file, to a
 * clean build of the same input.
 */
class IncrementalBuildIT {

    @TempDir
    Path root;
    @TempDir
    Path clean;

    private BuildResult incremental() {
        return Pipeline.build(BuildOptions.defaults(root));
    }

    /** A clean build of a copy of the same input, compared file by file with the incremental site. */
    private void assertSameAsCleanBuild() throws IOException {
        try (Stream<Path> walk = Files.walk(clean)) {
            walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(clean)).forEach(p -> p.toFile().delete());
        }
        TestSites.write(clean, "site.yaml", TestSites.read(root.resolve("site.yaml")));
        TestSites.tree(root.resolve("content")).forEach((path, bytes) -> {
            try {
                Files.createDirectories(clean.resolve("content").resolve(path).getParent());
                Files.write(clean.resolve("content").resolve(path), bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (Files.isDirectory(root.resolve("templates"))) {
            TestSites.tree(root.resolve("templates")).forEach((path, bytes) ->
                    TestSites.write(clean, "templates/" + path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        }
        Pipeline.build(BuildOptions.defaults(clean).withIncremental(false));
        DeterminismIT.assertSameTree(clean.resolve("site"), root.resolve("site"));
    }

    private void edit(String file, String from, String to) {
        Path path = root.resolve(file);
        String text = TestSites.read(path);
        assertThat(text).contains(from);
        TestSites.write(root, file, text.replace(from, to));
    }

    @Test
    void aBuildAfterNoChangeWritesNothing() {
        Corpus.write(root, 60, "أ");
        BuildResult first = incremental();
        assertThat(first.written()).isEqualTo(first.outputs());
        BuildResult second = incremental();
        assertThat(second.written()).isZero();
        assertThat(second.removed()).isZero();
        assertThat(second.unchanged()).isEqualTo(second.outputs());
    }

    @Test
    void editingOneArticleRewritesOnlyThePagesThatShowIt() throws IOException {
        Corpus.write(root, 60, "أ");
        incremental();
        edit("content/2022/00030.md", "فقرة ثانية أطول", "فقرة ثانية معدلة أطول");
        BuildResult result = incremental();
        assertThat(result.written()).as("the article page and the two feeds' entries of its tags, source and site")
                .isBetween(1, 12);
        assertSameAsCleanBuild();
    }

    @Test
    void editsAdditionsDeletionsRetagsAndMovesEqualACleanBuild() throws IOException {
        Corpus.write(root, 60, "أ");
        incremental();
        assertSameAsCleanBuild();

        edit("content/2022/00010.md", "title: خبر أ رقم 10", "title: عنوان جديد للخبر العاشر");
        BuildResult retitled = incremental();
        assertThat(retitled.written()).isLessThan(retitled.outputs() / 3);
        assertSameAsCleanBuild();

        Corpus.article(root, 500, OffsetDateTime.parse("2022-01-05T10:00:00+02:00"), "جديد");
        incremental();
        assertSameAsCleanBuild();

        Files.delete(root.resolve("content/2022/00020.md"));
        BuildResult deleted = incremental();
        assertThat(deleted.removed()).isPositive();
        assertSameAsCleanBuild();

        edit("content/2022/00011.md", "tags: [", "tags: [وسم-جديد, ");
        incremental();
        assertSameAsCleanBuild();

        edit("content/2022/00012.md", "date: 2022-01-04", "date: 2022-01-09");
        incremental();
        assertSameAsCleanBuild();

        TestSites.write(root, "content/2022/photo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        incremental();
        assertSameAsCleanBuild();

        String chart = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"2\" height=\"1\"/></svg>";
        TestSites.write(root, "content/2022/chart.svg", chart);
        incremental();
        assertThat(TestSites.read(root.resolve("site/2022/chart.svg"))).doesNotContain("onload");
        assertSameAsCleanBuild();
        TestSites.write(root, "site.yaml", TestSites.read(root.resolve("site.yaml")) + "trusted_files: [\"2022/*.svg\"]\n");
        incremental();
        assertThat(TestSites.read(root.resolve("site/2022/chart.svg"))).isEqualTo(chart);
        assertSameAsCleanBuild();

        edit("content/2022/00013.md", "dateline: ", "summary: ملخص جديد يظهر في القوائم\nupdated: 2022-03-01T10:00:00+02:00\ndateline: ");
        incremental();
        assertSameAsCleanBuild();

        for (String file : List.of("content/2022/00021.md", "content/2022/00022.md")) {
            edit(file, "tags: [", "tags: [نادر, ");
        }
        incremental();
        assertSameAsCleanBuild();
        for (String file : List.of("content/2022/00023.md", "content/2022/00024.md", "content/2022/00025.md")) {
            edit(file, "tags: [", "tags: [نادِر, ");
        }
        BuildResult respelled = incremental();
        assertThat(TestSites.read(root.resolve("site/tags/نادر/index.html"))).contains("الوسم: <bdi>نادِر</bdi>");
        assertThat(respelled.written()).isPositive();
        assertSameAsCleanBuild();
        edit("content/2022/00023.md", "tags: [نادِر, ", "tags: [نادر, ");
        edit("content/2022/00024.md", "tags: [نادِر, ", "tags: [نادر, ");
        incremental();
        assertThat(TestSites.read(root.resolve("site/tags/نادر/index.html"))).contains("الوسم: <bdi>نادر</bdi>");
        assertSameAsCleanBuild();
    }

    @Test
    void imagesEmbedsAndImageSettingsEqualACleanBuild() throws IOException {
        Corpus.write(root, 30, "أ");
        incremental();
        Files.write(root.resolve("content/2022/photo.jpg"), Photos.jpeg(1200, 800, 1, 0.8f));
        edit("content/2022/00010.md", "dateline: ", "image: {src: photo.jpg, alt: صورة الخبر}\ndateline: ");
        incremental();
        assertSameAsCleanBuild();
        edit("content/2022/00011.md", "فقرة ثانية أطول", "فقرة ثانية أطول\n\n![صورة](photo.jpg)\n\nhttps://youtu.be/dQw4w9WgXcQ\n\n");
        incremental();
        assertSameAsCleanBuild();
        Files.write(root.resolve("content/2022/photo.jpg"), Photos.jpeg(900, 900, 2, 0.8f));
        BuildResult replaced = incremental();
        assertThat(replaced.removed()).as("the old photo's copies").isPositive();
        assertSameAsCleanBuild();
        Files.write(root.resolve("content/share.jpg"), Photos.jpeg(1200, 630, 3, 0.8f));
        TestSites.write(root, "site.yaml", TestSites.read(root.resolve("site.yaml")) + "image_widths: [320, 640]\nog_image: share.jpg\n");
        incremental();
        assertSameAsCleanBuild();
        Files.write(root.resolve("content/share.jpg"), Photos.jpeg(1000, 600, 4, 0.8f));
        incremental();
        assertSameAsCleanBuild();
        // A section's image and an author's photo: og:image and the author's page follow the files.
        Files.createDirectories(root.resolve("content/images"));
        Files.write(root.resolve("content/images/desk.jpg"), Photos.jpeg(1600, 900, 5, 0.8f));
        Files.write(root.resolve("content/images/ahmed.jpg"), Photos.jpeg(600, 600, 6, 0.8f));
        edit("site.yaml", "sources:", """
                sections:
                  politics: {name: سياسة, image: images/desk.jpg}
                authors:
                  ahmed: {name: أحمد العلوي, image: images/ahmed.jpg}
                sources:""");
        edit("content/2022/00012.md", "source: wire", "source: wire\nsection: politics\nauthor: ahmed");
        incremental();
        assertThat(TestSites.read(root.resolve("site/authors/ahmed/index.html"))).contains("srcset=");
        assertSameAsCleanBuild();
        Files.write(root.resolve("content/images/desk.jpg"), Photos.jpeg(1400, 800, 7, 0.8f));
        Files.write(root.resolve("content/images/ahmed.jpg"), Photos.jpeg(500, 500, 8, 0.8f));
        incremental();
        assertSameAsCleanBuild();
    }

    @Test
    void sectionsAuthorsTheFrontPageRelatedCorrectionsAndAliasesEqualACleanBuild() throws IOException {
        Corpus.write(root, 40, "أ");
        edit("site.yaml", "sources:", """
                sections:
                  politics: {name: سياسة}
                  economy: {name: اقتصاد, description: الأسواق}
                authors:
                  ahmed: {name: أحمد العلوي, bio: صحفي}
                home_section_items: 2
                sources:""");
        incremental();
        assertSameAsCleanBuild();

        edit("content/2022/00010.md", "source: wire", "source: wire\nsection: politics\nauthor: ahmed");
        edit("content/2022/00011.md", "source: wire", "source: wire\nsection: economy\nfeatured: true");
        incremental();
        assertThat(TestSites.read(root.resolve("site/index.html"))).contains("lead-story");
        assertSameAsCleanBuild();

        edit("content/2022/00039.md", "source: wire", "source: wire\nbreaking: true\nsection: economy");
        incremental();
        assertSameAsCleanBuild();

        edit("content/2022/00010.md", "author: ahmed", "author: ahmed\ncorrections:\n  - {date: 2022-03-01, text: تصحيح أول}");
        edit("content/2022/00012.md", "source: wire", "source: wire\naliases: [/old/story/, old/page.html]");
        incremental();
        assertThat(root.resolve("site/old/story/index.html")).isRegularFile();
        assertSameAsCleanBuild();

        edit("content/2022/00012.md", "aliases: [/old/story/, old/page.html]", "aliases: [/older/story/]");
        edit("content/2022/00010.md", "section: politics", "section: economy");
        edit("content/2022/00005.md", "title: خبر أ رقم 5", "title: عنوان جديد لخبر تظهره قوائم الأخبار ذات الصلة");
        BuildResult moved = incremental();
        assertThat(root.resolve("site/old/story/index.html")).doesNotExist();
        assertThat(moved.removed()).isPositive();
        assertSameAsCleanBuild();

        edit("site.yaml", "ahmed: {name: أحمد العلوي, bio: صحفي}", "ahmed: {name: أحمد العلوي, bio: صحفي ومحرر}");
        edit("site.yaml", "politics: {name: سياسة}", "politics: {name: سياسة, order: 3}");
        incremental();
        assertSameAsCleanBuild();
    }

    @Test
    void changingATemplateRewritesThePagesThatUseItAndSiteYamlRewritesEverything() throws IOException {
        Corpus.write(root, 30, "أ");
        incremental();
        TestSites.write(root, "templates/tags.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page site=site head=head current="tags">
                <h1>كل الوسوم</h1>
                <ul><#list groups as tag><li><a href="${tag.url}">${tag.text}</a></li></#list></ul>
                </@layout.page>
                """);
        BuildResult tags = incremental();
        assertThat(tags.written()).isEqualTo(1);
        assertThat(TestSites.read(root.resolve("site/tags/index.html"))).contains("كل الوسوم");
        assertSameAsCleanBuild();

        edit("site.yaml", "title: موقع تجريبي", "title: موقع تجريبي جديد");
        BuildResult renamed = incremental();
        assertThat(renamed.written()).isGreaterThanOrEqualTo(renamed.pages());
        assertSameAsCleanBuild();

        edit("site.yaml", "title: موقع تجريبي جديد", "title: موقع تجريبي جديد\nfeed_content: {tags: full}");
        incremental();
        assertThat(TestSites.read(root.resolve("site/tags/سياسة/feed.xml"))).contains("<content type=\"html\">");
        assertSameAsCleanBuild();
    }

    @Test
    void editionsTranslationsAndCalendarSettingsBuildIncrementallyAsACleanBuildWould() throws IOException {
        Corpus.write(root, 20, "أ");
        incremental();
        edit("site.yaml", "page_size: 10\n", "page_size: 10\nhijri: true\nhijri_offset: -1\ntime_zone_label: بتوقيت بيروت\n"
                + "editions:\n  fr:\n    title: Site d’essai\n    sources:\n      wire: { name: Agence, notice: Droits réservés. }\n");
        edit("content/2022/00003.md", "source: wire", "source: wire\ntranslation_key: k3");
        TestSites.write(root, "content/fr/2022/trois.md",
                "---\ntitle: Nouvelle trois\ndate: 2022-01-02T05:00:00+02:00\nsource: wire\ntranslation_key: k3\n---\nTexte.\n");
        incremental();
        assertThat(TestSites.read(root.resolve("site/fr/2022/01/02/nouvelle-trois/index.html"))).contains("<link rel=\"alternate\" hreflang=\"ar\"");
        assertSameAsCleanBuild();

        edit("content/fr/2022/trois.md", "translation_key: k3", "translation_key: autre");
        incremental();
        assertThat(TestSites.read(root.resolve("site/fr/2022/01/02/nouvelle-trois/index.html"))).doesNotContain("<link rel=\"alternate\" hreflang");
        assertSameAsCleanBuild();

        edit("content/2022/00004.md", "source: wire", "source: wire\nlanguage: fr");
        edit("site.yaml", "hijri_offset: -1", "hijri_offset: 1");
        edit("site.yaml", "time_zone_label: بتوقيت بيروت\n", "");
        BuildResult moved = incremental();
        assertThat(moved.written()).isGreaterThan(0);
        assertSameAsCleanBuild();
    }

    @Test
    void aLinkedArticleThatDisappearsIsNoticedByThePageThatLinksToIt() {
        Corpus.write(root, 5, "أ");
        TestSites.write(root, "content/2022/linker.md",
                "---\ntitle: خبر يربط\ndate: 2022-02-01\n---\nانظر [الخبر](00001.md).\n");
        incremental();
        try {
            Files.delete(root.resolve("content/2022/00001.md"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(TestSites.failures(root)).containsExactly(
                "content/2022/linker.md:5:6: error: '00001.md' points at no file in content/ (check the file name; paths are relative to this article's folder)");
    }

    @Test
    void aMissingOutputFileIsWrittenAgain() throws IOException {
        Corpus.write(root, 10, "أ");
        incremental();
        Map<String, byte[]> before = TestSites.tree(root.resolve("site"));
        Files.delete(root.resolve("site/tags/index.html"));
        BuildResult result = incremental();
        assertThat(result.written()).isEqualTo(1);
        assertThat(TestSites.tree(root.resolve("site")).keySet()).isEqualTo(before.keySet());
    }
}
