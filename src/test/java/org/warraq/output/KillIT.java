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
