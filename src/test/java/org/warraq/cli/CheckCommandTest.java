package org.warraq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warraq check}: exit 0 or 1 (2 for configuration), and nothing written: no site/, no .warraq/. */
class CheckCommandTest {
    @TempDir
    Path root;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void site() throws IOException {
        Files.writeString(root.resolve("site.yaml"), """
                title: موقع الاختبار
                base_url: https://example.org/
                language: ar
                timezone: Africa/Casablanca
                sources:
                  map:
                    name: وكالة المغرب العربي للأنباء
                """);
        article("content/2024/02/fair.md", "معرض الكتاب", "map");
        article("content/2024/02/rain.md", "أمطار في الشمال", "map");
        out = new StringWriter();
        err = new StringWriter();
    }

    private void article(String path, String title, String source) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                ---
                title: %s
                date: 2024-02-26T10:15:00+01:00
                source: %s
                tags: [المغرب]
                ---
                نص الخبر.
                """.formatted(title, source));
    }

    private int run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--root", root.toString())).toArray(String[]::new);
        return Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Every file and folder under the root with its size and modification time. */
    private Map<String, String> tree() throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                all.put(root.relativize(p).toString(), a.size() + "@" + a.lastModifiedTime().toMillis());
            }
        }
        return all;
    }

    @Test
    void exitsZeroForAGoodSiteAndWritesNothing() throws IOException {
        Map<String, String> before = tree();
        assertThat(run("check")).isZero();
        assertThat(out.toString()).startsWith("checked 2 articles:");
        assertThat(err.toString()).isEmpty();
        assertThat(tree()).isEqualTo(before);
        assertThat(root.resolve("site")).doesNotExist();
        assertThat(root.resolve(".warraq")).doesNotExist();
    }

    @Test
    void exitsOneWithEveryProblemAndWritesNothing() throws IOException {
        article("content/2024/02/rain.md", "أمطار في الشمال", "mpa");
        Files.writeString(root.resolve("content/2024/02/broken.md"), "---\ntitle: بلا نهاية\n");
        Map<String, String> before = tree();

        assertThat(run("check")).isEqualTo(1);
        assertThat(err.toString()).contains(
                "content/2024/02/broken.md:1:1: error: front matter is not closed",
                "content/2024/02/rain.md:4:9: error: unknown source 'mpa' (did you mean 'map'?",
                "2 errors, 0 warnings");
        assertThat(out.toString()).isEmpty();
        assertThat(tree()).isEqualTo(before);
        assertThat(root.resolve(".warraq")).doesNotExist();
    }

    @Test
    void exitsTwoForAConfigurationProblem() throws IOException {
        Files.writeString(root.resolve("site.yaml"), "title: x\nbase_url: https://example.org/\ntimezone: Mars/Olympus\n");
        assertThat(run("check")).isEqualTo(2);
        assertThat(err.toString()).contains("site.yaml:3:11: error: unknown time zone 'Mars/Olympus'");
        Files.delete(root.resolve("site.yaml"));
        assertThat(run("check")).isEqualTo(2);
        assertThat(root.resolve(".warraq")).doesNotExist();
    }

    @Test
    void leavesABuiltSiteAndItsCacheAsTheyWere() throws IOException {
        assertThat(run("build")).isZero();
        article("content/2024/02/new.md", "خبر جديد", "map");
        Map<String, String> before = tree();
        assertThat(run("check")).isZero();
        assertThat(out.toString()).contains("checked 3 articles:");
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void treatsWarningsAsErrorsWithStrict() throws IOException {
        Files.writeString(root.resolve("content/2024/02/empty.md"), """
                ---
                title: خبر بلا نص
                date: 2024-02-26T10:15:00+01:00
                ---
                """);
        assertThat(run("check")).isZero();
        assertThat(err.toString()).contains("warning: article has no text after the front matter");
        assertThat(run("check", "--strict")).isEqualTo(1);
        assertThat(root.resolve(".warraq")).doesNotExist();
    }
}
