package org.warraq.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.Corpus;
import org.warraq.testing.Processes;
import org.warraq.testing.TestSites;

/**
 * A build killed with SIGKILL at any moment leaves the previous site byte for byte, and the next build
 * cleans up after it. (A kill that lands after the swap finds the new site, complete: also allowed.)
 */
class KillIT {

    @Test
    void killingABuildAtSeveralPointsNeverDamagesTheSite(@TempDir Path root, @TempDir Path logs) throws Exception {
        Corpus.write(root, 1500, "أولى");
        assertThat(Processes.run(List.of(), logs.resolve("first.log"), "build", "--root", root.toString())).isZero();
        Map<String, byte[]> previous = TestSites.tree(root.resolve("site"));
        Corpus.write(root, 1500, "ثانية");
        int before = 0;
        for (long delay : new long[] {150, 400, 700, 1000, 1300, 1600, 2000}) {
            Process build = Processes.start(List.of(), logs.resolve("kill-" + delay + ".log"), "build", "--root", root.toString());
            if (build.waitFor(delay, TimeUnit.MILLISECONDS)) {
                break;
            }
            build.destroyForcibly().waitFor();
            Map<String, byte[]> now = TestSites.tree(root.resolve("site"));
            if (sameTree(now, previous)) {
                before++;
            } else {
                assertThat(isComplete(root)).as("a kill after the swap leaves the complete new site").isTrue();
                break;
            }
        }
        assertThat(before).as("kills that landed before the swap").isGreaterThanOrEqualTo(2);
        assertThat(Processes.run(List.of(), logs.resolve("last.log"), "build", "--root", root.toString())).isZero();
        assertThat(isComplete(root)).isTrue();
        try (var list = Files.list(root)) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
    }

    /**
     * A build stopped dead at each point of a commit (in place or by swap) leaves either the previous site or,
     * once its commit point is passed, a commit that the next build finishes: after that build the site is
     * byte for byte a clean build of the new input, and no staging folder or journal is left.
     */
    @Test
    void aBuildStoppedAtEachPointOfItsCommitIsFinishedOrUndoneByTheNextBuild(@TempDir Path root, @TempDir Path clean,
                                                                             @TempDir Path logs) throws Exception {
        Corpus.write(root, 120, "أولى");
        assertThat(Processes.run(List.of(), logs.resolve("first.log"), "build", "--root", root.toString())).isZero();
        int edit = 0;
        for (String point : List.of("staged", "journal-written-in-part", "journal-written", "applied-1", "applied-5",
                "journal-removed", "swap-staged", "swap-between-renames")) {
            Map<String, byte[]> previous = TestSites.tree(root.resolve("site"));
            boolean before = List.of("staged", "journal-written-in-part", "swap-staged").contains(point);
            if (point.startsWith("swap")) {
                Path config = root.resolve("site.yaml");
                Files.writeString(config, Files.readString(config).replaceFirst("title: (.*)", "title: $1 " + point));
            } else {
                Path article = root.resolve("content/2022/000" + (10 + edit++) + ".md");
                Files.writeString(article, Files.readString(article).replace("فقرة ثانية", "فقرة ثانية " + point));
            }
            int code = Processes.run(List.of("-D" + CrashPoints.PROPERTY + "=" + point), logs.resolve(point + ".log"),
                    "build", "--root", root.toString());
            assertThat(code).as(point).isEqualTo(137);
            if (before) {
                assertThat(sameTree(TestSites.tree(root.resolve("site")), previous)).as(point + ": the previous site").isTrue();
            }
            assertThat(Processes.run(List.of(), logs.resolve(point + "-next.log"), "build", "--root", root.toString()))
                    .as(point).isZero();
            if (List.of("applied-1", "applied-5", "journal-removed").contains(point)) {
                assertThat(TestSites.read(logs.resolve(point + "-next.log"))).as(point + ": the journal was rolled forward")
                        .contains("(0 written, ");
            }
            copyInput(root, clean);
            org.warraq.pipeline.Pipeline.build(org.warraq.pipeline.BuildOptions.defaults(clean).withIncremental(false));
            assertThat(sameTree(TestSites.tree(root.resolve("site")), TestSites.tree(clean.resolve("site"))))
                    .as(point + ": the next build finishes the site").isTrue();
            try (var list = Files.list(root)) {
                assertThat(list.map(p -> p.getFileName().toString())).as(point)
                        .noneMatch(n -> n.contains("staging") || n.contains("journal"));
            }
        }
    }

    private static void copyInput(Path root, Path clean) throws java.io.IOException {
        try (var walk = Files.walk(clean)) {
            walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(clean)).forEach(p -> p.toFile().delete());
        }
        TestSites.write(clean, "site.yaml", TestSites.read(root.resolve("site.yaml")));
        TestSites.tree(root.resolve("content")).forEach((path, bytes) ->
                TestSites.write(clean, "content/" + path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static boolean isComplete(Path root) {
        String home = TestSites.read(root.resolve("site/index.html"));
        return home.contains("خبر ثانية رقم 1499") && Files.isRegularFile(root.resolve("site/sitemap.xml"));
    }

    private static boolean sameTree(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }
}
