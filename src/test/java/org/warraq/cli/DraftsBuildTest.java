package org.warraq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/** Drafts never reach the live site: {@code build --drafts} into site/ is refused, and a preview is kept out of search engines. */
class DraftsBuildTest {
    @TempDir
    Path root;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void site() {
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/\n");
        TestSites.write(root, "content/2024/story.md", "---\ntitle: خبر منشور\ndate: 2024-03-01\n---\nنص.\n");
        TestSites.write(root, "content/2024/draft.md", "---\ntitle: مسودة سرية\ndate: 2024-03-02\ndraft: true\n---\nنص.\n");
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--root", root.toString())).toArray(String[]::new);
        return Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void buildingDraftsIntoTheLiveSiteIsRefusedAndLeavesItAsItWas() {
        assertThat(run("build")).isZero();
        Map<String, byte[]> before = TestSites.tree(root.resolve("site"));

        assertThat(run("build", "--drafts")).isEqualTo(2);
        assertThat(err.toString()).contains("(command line):1:1: error: --drafts would publish drafts in the live site site/"
                + " (preview them with warraq serve --drafts, or build them into another folder with --out DIR)");
        assertThat(run("build", "--drafts", "--out", root.resolve("site").toString())).isEqualTo(2);
        assertThat(TestSites.tree(root.resolve("site"))).containsOnlyKeys(before.keySet());
        assertThat(TestSites.htmlFiles(root.resolve("site"))).noneMatch(p -> p.contains("مسودة"));
        assertThat(run("check", "--drafts")).as("checking writes nothing, so it may include drafts").isZero();
    }

    @Test
    void aBuildWithDraftsElsewhereAsksSearchEnginesToKeepAwayFromEveryPage() {
        Path preview = root.resolve("preview");
        assertThat(run("build", "--drafts", "--out", preview.toString())).isZero();
        assertThat(preview.resolve("2024/03/02/مسودة-سرية/index.html")).isRegularFile();
        assertThat(TestSites.htmlFiles(preview)).isNotEmpty().allSatisfy(file -> {
            Document page = TestSites.page(preview, file);
            assertThat(page.select("meta[name=robots]").attr("content")).as(file).isEqualTo("noindex");
        });
        assertThat(TestSites.read(preview.resolve("robots.txt"))).startsWith("User-agent: *\nDisallow: /\n");

        assertThat(run("build")).isZero();
        Path site = root.resolve("site");
        assertThat(TestSites.htmlFiles(site)).allSatisfy(file ->
                assertThat(TestSites.page(site, file).select("meta[name=robots]")).as(file).isEmpty());
        assertThat(TestSites.read(site.resolve("robots.txt"))).startsWith("User-agent: *\nAllow: /\n");
    }
}
