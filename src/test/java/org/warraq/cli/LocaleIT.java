package org.warraq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.Processes;
import org.warraq.testing.TestSites;

/**
 * With no locale (LANG and LC_ALL unset: the POSIX locale, in which Java names files in ASCII), the command
 * line runs itself again with a UTF-8 locale and gives the same results; where no UTF-8 locale can be had, it
 * says what to set and creates nothing.
 */
class LocaleIT {
    private static final Map<String, String> POSIX = Map.of("LANG", "", "LC_ALL", "", "LC_CTYPE", "", "LANGUAGE", "");

    @TempDir
    Path root;
    @TempDir
    Path logs;

    private String log(String name) {
        return TestSites.read(logs.resolve(name));
    }

    private int posix(String log, String... args) {
        return Processes.run(List.of(), POSIX, logs.resolve(log), args);
    }

    @Test
    void buildsTheSameSiteAsUnderAUtf8Locale(@TempDir Path utf8) {
        TestSites.copy("basic", root);
        TestSites.copy("basic", utf8);
        TestSites.build(utf8);
        assertThat(posix("build.log", "build", "--root", root.toString())).as(log("build.log")).isZero();
        assertThat(log("build.log")).startsWith("built 3 articles: ").hasLineCount(1);
        assertThat(root.resolve("site/tags/المغرب/index.html")).isRegularFile();
        assertThat(TestSites.tree(root.resolve("site"))).containsExactlyInAnyOrderEntriesOf(TestSites.tree(utf8.resolve("site")));
    }

    @Test
    void keepsArabicArgumentsAndPrintsArabicNames() throws Exception {
        TestSites.copy("basic", root);
        assertThat(posix("new.log", "new", "عنوان \"تجريبي\" # جديد", "--tags", "المغرب،فرنسا", "--root", root.toString()))
                .as(log("new.log")).isZero();
        Path draft = Path.of(log("new.log").strip());
        assertThat(draft.getFileName().toString()).isEqualTo("عنوان-تجريبي-جديد.md");
        assertThat(TestSites.read(draft)).contains("title: \"عنوان \\\"تجريبي\\\" # جديد\"", "tags: [\"المغرب\", \"فرنسا\"]");

        Files.delete(draft);
        Files.move(root.resolve("content/2024/02/security.md"), root.resolve("content/2024/02/أمن.md"));
        TestSites.write(root, "content/2024/02/أمن.md", TestSites.read(root.resolve("content/2024/02/أمن.md"))
                .replaceFirst("(?m)^date: .*$", "date: 2024-02-30"));
        assertThat(posix("check.log", "check", "--root", root.toString())).isEqualTo(1);
        assertThat(log("check.log")).isEqualTo("content/2024/02/أمن.md:3:7: error: date '2024-02-30' does not exist:"
                + " February 2024 has 29 days (check the day)\n1 error, 0 warnings\n");
    }

    @Test
    void withoutAnyUtf8LocaleSaysWhatToSetAndCreatesNothing() throws Exception {
        TestSites.copy("basic", root);
        Map<String, String> noUtf8 = new java.util.HashMap<>(POSIX);
        noUtf8.put(Utf8Relaunch.MARKER, "1");
        assertThat(Processes.run(List.of(), noUtf8, logs.resolve("build.log"), "build", "--root", root.toString())).isEqualTo(2);
        assertThat(log("build.log")).isEqualTo("error: this Java names files in ANSI_X3.4-1968, not UTF-8, so it cannot read"
                + " or write Arabic file names (set LC_ALL=C.UTF-8, or any UTF-8 locale, and run again)\n");
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site.yaml");
        }
    }

    /** Calls {@link Main#run} as an embedder does (the Maven plugin), and prints what it got. */
    static final class Embedder {
        public static void main(String[] args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            System.out.print("exit " + code + "\nout:\n" + out + "err:\n" + err);
        }
    }

    @Test
    void anEmbedderGetsTheOutputOfTheRelaunchedCommand() throws Exception {
        TestSites.copy("basic", root);
        TestSites.write(root, "content/2024/02/empty.md", "---\ntitle: خبر بلا نص\ndate: 2024-02-27\n---\n");
        ProcessBuilder embedder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Embedder.class.getName(), "check", "--root", root.toString())
                .redirectErrorStream(true).redirectOutput(logs.resolve("embedder.log").toFile());
        assertThat(Processes.environment(embedder, POSIX).start().waitFor()).isZero();
        assertThat(log("embedder.log")).matches("""
                exit 0
                out:
                checked 4 articles: .*
                err:
                content/2024/02/empty.md:\\d+:\\d+: warning: article has no text after the front matter.*
                0 errors, 1 warning
                """);
    }

    @Test
    void stoppingTheCommandStopsTheRelaunchedOne() throws Exception {
        TestSites.copy("basic", root);
        Process serve = Processes.start(List.of(), POSIX, logs.resolve("serve.log"), "serve", "--port", "0", "--root", root.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!log("serve.log").contains("serving http://") && System.nanoTime() < deadline && serve.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(log("serve.log")).contains("serving http://");
            Optional<ProcessHandle> child = serve.toHandle().children().findFirst();
            assertThat(child).as("the relaunched JVM").isPresent();
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.get().onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            serve.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
        }
    }
}
