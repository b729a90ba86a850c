package org.warraq.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.Problem;
import org.warraq.pipeline.BuildOptions;
import org.warraq.pipeline.BuildResult;
import org.warraq.pipeline.Pipeline;
import org.warraq.testing.Corpus;
import org.warraq.testing.TestSites;
import org.warraq.util.Workers;

/**
 * Whose the output folder is and what it holds: a marker file makes a folder Warraq's only when its content
 * says so; a build knows which build's files the folder holds (not only that files exist), so sites built in
 * turn into one folder never mix; two builds into one folder are locked against each other; a file no build
 * wrote is named when a build removes it.
 */
class OutputOwnershipTest {

    @Test
    void aFolderWithAMarkerFileThatIsNotWarraqsIsNotTakenOver(@TempDir Path root) throws Exception {
        TestSites.copy("basic", root);
        Path out = Files.createDirectories(root.resolve("public"));
        Files.writeString(out.resolve(".warraq-site"), "");
        Files.writeString(out.resolve("thesis.txt"), "سنوات من العمل");
        assertThatThrownBy(() -> Pipeline.build(BuildOptions.defaults(root).withOut(out)))
                .isInstanceOfSatisfying(BuildFailure.class, e -> assertThat(e.problems()).extracting(Problem::message)
                        .containsExactly("refusing to write the site into " + out + ": it is not empty and was not made by Warraq"));
        assertThat(Files.readString(out.resolve("thesis.txt"))).isEqualTo("سنوات من العمل");
    }

    @Test
    void sitesBuiltInTurnIntoOneFolderNeverMix(@TempDir Path a, @TempDir Path b, @TempDir Path clean, @TempDir Path shared)
            throws Exception {
        Corpus.write(a, 30, "أ");
        Corpus.write(b, 30, "ب");
        Corpus.write(clean, 30, "أ");
        Path out = shared.resolve("site");
        Pipeline.build(BuildOptions.defaults(a).withOut(out));
        Pipeline.build(BuildOptions.defaults(b).withOut(out));
        BuildResult again = Pipeline.build(BuildOptions.defaults(a).withOut(out));
        Pipeline.build(BuildOptions.defaults(clean).withIncremental(false));

        assertThat(again.written()).as("the folder holds b's site: a's state says nothing about it").isEqualTo(again.outputs());
        Map<String, byte[]> expected = TestSites.tree(clean.resolve("site"));
        Map<String, byte[]> got = TestSites.tree(out);
        assertThat(got.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(got.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void twoSitesCannotBuildIntoOneFolderAtOnce(@TempDir Path a, @TempDir Path b, @TempDir Path shared) {
        TestSites.copy("basic", a);
        TestSites.copy("basic", b);
        Path out = shared.resolve("site");
        try (Workers workers = new Workers(1); OutputDir first = OutputDir.open(a, out, workers)) {
            assertThatThrownBy(() -> Pipeline.build(BuildOptions.defaults(b).withOut(out)))
                    .isInstanceOfSatisfying(BuildFailure.class, e -> assertThat(e.problems()).extracting(Problem::message)
                            .containsExactly("another Warraq build is writing into " + out));
        }
        Pipeline.build(BuildOptions.defaults(b).withOut(out));
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void aFileNoBuildWroteIsLeftByAnEditAndNamedWhenAFullBuildRemovesIt(@TempDir Path root) throws Exception {
        Corpus.write(root, 40, "أ");
        TestSites.build(root);
        Files.writeString(root.resolve("site/CNAME"), "news.example.org\n");
        Path article = root.resolve("content/2022/00020.md");
        Files.writeString(article, Files.readString(article).replace("فقرة ثانية أطول", "فقرة ثانية معدلة"));

        BuildResult edit = TestSites.build(root);
        assertThat(edit.written()).isLessThan(edit.outputs() / 5);
        assertThat(root.resolve("site/CNAME")).hasContent("news.example.org");
        assertThat(edit.warnings()).isEmpty();

        BuildResult full = Pipeline.build(BuildOptions.defaults(root).withIncremental(false));
        assertThat(root.resolve("site/CNAME")).doesNotExist();
        assertThat(full.warnings()).extracting(Problem::format).containsExactly(
                "site/CNAME:1:1: warning: removed: no Warraq build wrote this file"
                        + " (to publish a file as it is (CNAME, …), put it in content/ at the same path)");

        TestSites.write(root, "content/CNAME", "news.example.org\n");
        TestSites.build(root);
        assertThat(root.resolve("site/CNAME")).hasContent("news.example.org");
    }

    @Test
    void anEditIsCommittedInPlaceKeepingOnlyTheFilesItReplacedAside(@TempDir Path root, @TempDir Path clean)
            throws Exception {
        Corpus.write(root, 40, "أ");
        Corpus.write(clean, 40, "أ");
        TestSites.build(root);
        Map<String, byte[]> before = TestSites.tree(root.resolve("site"));
        for (Path dir : new Path[] {root, clean}) {
            Path article = dir.resolve("content/2022/00020.md");
            Files.writeString(article, Files.readString(article).replace("فقرة ثانية أطول", "فقرة ثانية معدلة"));
        }
        BuildResult edit = TestSites.build(root);
        TestSites.build(clean);

        Map<String, byte[]> replaced = TestSites.tree(root.resolve(".site.warraq-old"));
        assertThat(replaced).containsKey(".warraq-site").hasSize(edit.written() + 1);
        replaced.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
        Map<String, byte[]> expected = TestSites.tree(clean.resolve("site"));
        Map<String, byte[]> got = TestSites.tree(root.resolve("site"));
        assertThat(got.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(got.get(path)).as(path).isEqualTo(bytes));
        assertThat(root.resolveSibling(".site.warraq-journal")).doesNotExist();
        try (var list = Files.list(root)) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging") || n.contains("journal"));
        }
    }
}
