package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.Corpus;
import org.warraq.testing.Processes;
import org.warraq.testing.TestSites;

/** The same input gives byte-identical output whatever the locale, time zone, thread count or file order. */
class DeterminismIT {

    @Test
    void outputDoesNotDependOnLocaleTimeZoneOrThreads(@TempDir Path a, @TempDir Path b, @TempDir Path logs) {
        Corpus.write(a, 120, "أ");
        Corpus.write(b, 120, "أ");
        Pipeline.build(BuildOptions.defaults(a).withThreads(1));
        int exit = Processes.run(List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR",
                "-Dfile.encoding=ISO-8859-1"), logs.resolve("b.log"), "build", "--root", b.toString(), "--threads", "4");
        assertThat(exit).as(TestSites.read(logs.resolve("b.log"))).isZero();
        assertSameTree(a.resolve("site"), b.resolve("site"));
    }

    @Test
    void outputDoesNotDependOnTheOrderFilesWereCreatedIn(@TempDir Path a, @TempDir Path b) {
        Corpus.write(a, 40, "ب");
        TestSites.write(b, "site.yaml", TestSites.read(a.resolve("site.yaml")));
        Map<String, byte[]> files = TestSites.tree(a.resolve("content"));
        List<String> reversed = files.keySet().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        for (String name : reversed) {
            TestSites.write(b, "content/" + name, new String(files.get(name), java.nio.charset.StandardCharsets.UTF_8));
        }
        TestSites.build(a);
        TestSites.build(b);
        assertSameTree(a.resolve("site"), b.resolve("site"));
    }

    static void assertSameTree(Path expected, Path actual) {
        Map<String, byte[]> want = TestSites.tree(expected);
        Map<String, byte[]> got = TestSites.tree(actual);
        assertThat(got.keySet()).isEqualTo(want.keySet());
        want.forEach((path, bytes) -> assertThat(got.get(path)).as(path).isEqualTo(bytes));
    }
}
