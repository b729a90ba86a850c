package org.warraq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warraq.testing.TestSites;

/**
 * The cases of issue 18 that hung a build or ended it with a StackOverflowError and its stack, as the command
 * line meets them: {@code warraq check} and {@code warraq build} either build (exit 0) or end with a positioned
 * error (exit 1) that leaves the previous site as it was; never a stack. Sizes are the issue's.
 */
class HostileMarkdownIT {
    @TempDir
    Path root;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("5,000 nested block quotes", "> ".repeat(5000) + "a",
                        "content/2024/a.md:5:41: error: block quotes, lists or footnotes nested more than 20 deep"),
                Arguments.of("deeply nested lists", list(2000),
                        "content/2024/a.md:25:41: error: block quotes, lists or footnotes nested more than 20 deep"),
                Arguments.of("120,000 emphasis delimiters", "*a ".repeat(120_000),
                        "content/2024/a.md:5:1: error: paragraph of more than 262,144 characters"),
                Arguments.of("100,000 backticks", backticks(), null),
                Arguments.of("100,000 backticks in a row", "a" + "`".repeat(100_000), null),
                Arguments.of("thousands of unclosed [", "[a ".repeat(5000),
                        "content/2024/a.md:5:3001: error: more than 1,000 formatting marks"),
                Arguments.of("a million entity references", "&amp; ".repeat(1_000_000),
                        "content/2024/a.md:5:1: error: paragraph of more than 262,144 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsOrEndsWithAPositionedErrorAndNoStack(String name, String body, String problem) throws Exception {
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/\nmax_file_size_mb: 20\n");
        TestSites.write(root, "content/2024/b.md", "---\ntitle: خبر سليم\ndate: 2024-01-10T10:00:00+01:00\n---\nنص\n");
        assertThat(run("build", new StringWriter(), new StringWriter())).isZero();
        byte[] home = Files.readAllBytes(root.resolve("site/index.html"));
        TestSites.write(root, "content/2024/a.md", "---\ntitle: خبر\ndate: 2024-01-11T10:00:00+01:00\n---\n" + body + "\n");
        for (String command : new String[] {"check", "build"}) {
            StringWriter err = new StringWriter();
            int code = run(command, new StringWriter(), err);
            assertThat(err.toString()).as(command).doesNotContain("\tat ", "Exception", "Error:");
            if (problem == null) {
                assertThat(code).as(command + ": " + err).isZero();
            } else {
                assertThat(code).as(command).isEqualTo(1);
                assertThat(err.toString()).as(command).contains(problem);
            }
        }
        if (problem == null) {
            assertThat(root.resolve("site/2024/01/11/خبر/index.html")).exists();
        } else {
            assertThat(Files.readAllBytes(root.resolve("site/index.html"))).isEqualTo(home);
        }
    }

    private int run(String command, StringWriter out, StringWriter err) {
        return Main.run(new String[] {command, "--root", root.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    private static String list(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("  ".repeat(i)).append("* a\n");
        }
        return b.toString();
    }

    /** 100,000 backticks in runs of growing length, as cmark's case (e`e``e```...), cut at 100,000. */
    private static String backticks() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; b.length() < 100_000; i++) {
            b.append('e').append("`".repeat(i));
        }
        return b.toString();
    }
}
