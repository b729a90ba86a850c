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
import org.warraq.pipeline.Pipeline;
import org.warraq.testing.TestSites;

/** The output folder is only ever replaced whole, and only if it is Warraq's. */
class OutputSafetyTest {

    private static String refusal(Path root, Path out) {
        try {
            Pipeline.build(BuildOptions.defaults(root).withOut(out));
        } catch (BuildFailure e) {
            assertThat(e.exitCode()).isEqualTo(2);
            return e.problems().get(0).message();
        }
        throw new AssertionError("the build was not refused");
    }

    @Test
    void refusesFoldersThatAreNotOutputFolders(@TempDir Path root) throws Exception {
        TestSites.copy("basic", root);
        assertThat(refusal(root, root)).endsWith("it is the site's own folder");
        assertThat(refusal(root, root.resolve("content"))).endsWith("it is inside content/");
        assertThat(refusal(root, root.resolve("content/2024"))).endsWith("it is inside content/");
        assertThat(refusal(root, root.getParent())).endsWith("it contains the site's own folder");
        assertThat(refusal(root, Path.of("/"))).endsWith("it is the file system root");
        assertThat(refusal(root, Path.of(System.getProperty("user.home")))).endsWith("it is your home folder");
        Path notOurs = Files.createDirectories(root.resolve("documents"));
        Files.writeString(notOurs.resolve("thesis.txt"), "سنوات من العمل");
        assertThat(refusal(root, notOurs)).endsWith("it is not empty and was not made by Warraq");
        assertThat(Files.readString(notOurs.resolve("thesis.txt"))).isEqualTo("سنوات من العمل");
        Path file = Files.writeString(root.resolve("site.txt"), "x");
        assertThat(refusal(root, file)).endsWith("it is not a folder");
    }

    @Test
    void acceptsAnEmptyFolderAndItsOwnOutput(@TempDir Path root) throws Exception {
        TestSites.copy("basic", root);
        Path empty = Files.createDirectories(root.resolve("public"));
        Pipeline.build(BuildOptions.defaults(root).withOut(empty));
        Pipeline.build(BuildOptions.defaults(root).withOut(empty));
        assertThat(empty.resolve("index.html")).isRegularFile();
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas(@TempDir Path root) throws Exception {
        TestSites.copy("basic", root);
        TestSites.build(root);
        Map<String, byte[]> before = TestSites.tree(root.resolve("site"));
        TestSites.write(root, "content/2024/02/new.md", "---\ntitle: خبر جديد\ndate: 2024-03-01\n---\nنص.\n");
        TestSites.write(root, "content/2024/02/broken.md", "---\ntitle: خبر معطوب\ndate: 2024-02-30\n---\nنص.\n");
        assertThatThrownBy(() -> TestSites.build(root)).isInstanceOf(BuildFailure.class);
        Map<String, byte[]> after = TestSites.tree(root.resolve("site"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (var list = Files.list(root)) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging") || n.contains("-old"));
        }
    }

    @Test
    void refusesSymbolicLinksThatLeadOutOfContent(@TempDir Path root, @TempDir Path outside) throws Exception {
        TestSites.copy("basic", root);
        Path secret = Files.writeString(outside.resolve("secret.md"), "---\ntitle: سر\ndate: 2024-01-01\n---\nسر.\n");
        Files.createSymbolicLink(root.resolve("content/leak.md"), secret);
        assertThat(TestSites.failures(root)).containsExactly(
                "content/leak.md:1:1: error: symbolic link points outside content/ (copy the file into content/ instead)");
    }

    @Test
    void aSecondBuildOfTheSameSiteAtTheSameTimeIsRefused(@TempDir Path root) {
        TestSites.copy("basic", root);
        try (org.warraq.util.Workers workers = new org.warraq.util.Workers(1);
             OutputDir first = OutputDir.open(root, root.resolve("site"), workers)) {
            assertThatThrownBy(() -> TestSites.build(root)).isInstanceOfSatisfying(BuildFailure.class,
                    e -> assertThat(e.problems()).extracting(Problem::message)
                            .containsExactly("another Warraq build is writing this site"));
        }
        TestSites.build(root);
    }

    @Test
    void theReplacedSiteIsKeptUntilTheNextBuildWhichRemovesIt(@TempDir Path root) throws Exception {
        TestSites.copy("basic", root);
        TestSites.build(root);
        Map<String, byte[]> first = TestSites.tree(root.resolve("site"));
        TestSites.write(root, "content/2024/02/new.md", "---\ntitle: خبر جديد\ndate: 2024-03-01\n---\nنص.\n");
        TestSites.build(root);
        Map<String, byte[]> previous = TestSites.tree(root.resolve(".site.warraq-old"));
        assertThat(previous.keySet()).isEqualTo(first.keySet());
        TestSites.build(root);
        assertThat(root.resolve(".site.warraq-old")).doesNotExist();
        try (var list = Files.list(root)) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
    }
}
