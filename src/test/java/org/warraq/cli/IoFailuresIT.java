package org.warraq.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.Processes;
import org.warraq.testing.TestSites;

/**
 * I/O failures named by their cause, as a user runs Warraq: a full disk, a read-only file system and a folder
 * without write permission each end in one line {@code path: error: cause (hint)}, exit code 2, the previous
 * site as it was and no staging folder left. The disk is a small tmpfs (mounted when the test runs as root,
 * skipped otherwise); permissions are taken away from root with {@code setpriv} (a non-root user needs none).
 */
class IoFailuresIT {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;
    private Path mounted;

    @AfterEach
    void unmount() {
        if (mounted != null) {
            Processes.succeeds(List.of("umount", "-l", mounted.toString()));
        }
    }

    @Test
    void aFullDiskIsNamedAndTheSiteOnItStaysAsItWas() throws IOException {
        Path disk = tmpfs("256k");
        Path out = disk.resolve("site");
        Map<String, String> before = builtOnce(out);
        Path root = dir.resolve("news");
        for (int i = 0; i < 40; i++) {
            TestSites.write(root, "content/2024/a" + i + ".md", "---\ntitle: خبر رقم " + i + "\ndate: 2024-01-1" + (i % 10)
                    + "T10:00:00+01:00\n---\n" + "نص طويل جدا. ".repeat(400) + "\n");
        }
        Result result = warraq(List.of(), "build", "--root", root.toString(), "--out", out.toString(), "--threads", "4");
        assertThat(result.code).as(result.output).isEqualTo(2);
        assertThat(result.output).matches("(?s)" + java.util.regex.Pattern.quote(out.getParent() + "/.site.warraq-staging/")
                + "\\S.*: error: no space left on "
                + "device \\(free some space on the disk, or build into another folder with --out\\)\n1 error, 0 warnings\n");
        assertThat(TestSites.hashes(out)).isEqualTo(before);
        assertThat(disk.resolve(".site.warraq-staging")).doesNotExist();
    }

    @Test
    void aReadOnlyFileSystemIsNamed() throws IOException {
        Path disk = tmpfs("1m");
        Path out = disk.resolve("site");
        Map<String, String> before = builtOnce(out);
        Path root = dir.resolve("news");
        assumeTrue(Processes.succeeds(List.of("mount", "-o", "remount,ro", disk.toString())));
        TestSites.write(root, "content/2024/b.md", "---\ntitle: خبر ثان\ndate: 2024-01-11\n---\nنص.\n");
        Result result = warraq(List.of(), "build", "--root", root.toString(), "--out", out.toString());
        assertThat(result.code).isEqualTo(2);
        assertThat(result.output).isEqualTo(disk + "/.site.warraq-lock: error: read-only file system "
                + "(build into a writable folder with --out)\n1 error, 0 warnings\n");
        assertThat(TestSites.hashes(out)).isEqualTo(before);
    }

    @Test
    void aFolderWithoutWritePermissionIsNamed() throws IOException {
        Path root = site();
        assertThat(warraq(List.of(), "build", "--root", root.toString()).code).isZero();
        Map<String, String> before = TestSites.hashes(root.resolve("site"));
        TestSites.write(root, "content/2024/b.md", "---\ntitle: خبر ثان\ndate: 2024-01-11\n---\nنص.\n");
        assertThat(root.toFile().setWritable(false, false)).isTrue();
        try {
            List<String> asUser = isRoot() ? List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search") : List.of();
            Result result = warraq(asUser, "build", "--root", root.toString());
            assumeTrue(result.code != 0 || !isRoot(), "setpriv could not take root's permissions away");
            assertThat(result.code).isEqualTo(2);
            assertThat(result.output).isEqualTo(".site.warraq-staging: error: permission denied "
                    + "(check who owns it and its permissions with ls -l)\n1 error, 0 warnings\n");
        } finally {
            assertThat(root.toFile().setWritable(true, false)).isTrue();
        }
        assertThat(TestSites.hashes(root.resolve("site"))).isEqualTo(before);
    }

    /** The site built once into {@code out}: its files and their hashes. */
    private Map<String, String> builtOnce(Path out) throws IOException {
        Path root = site();
        assertThat(warraq(List.of(), "build", "--root", root.toString(), "--out", out.toString()).code).isZero();
        return TestSites.hashes(out);
    }

    private Path site() {
        Path root = dir.resolve("news");
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/\n");
        TestSites.write(root, "content/2024/a.md", "---\ntitle: خبر أول\ndate: 2024-01-10T10:00:00+01:00\n---\nنص.\n");
        return root;
    }

    /** A tmpfs of {@code size} mounted in the temporary folder; the test is skipped where that is not allowed. */
    private Path tmpfs(String size) throws IOException {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(isRoot() && Processes.succeeds(List.of("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString())),
                "mounting a tmpfs needs root");
        mounted = disk;
        return disk;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private record Result(int code, String output) {
    }

    /** Runs warraq in its own JVM (prefixed by {@code wrapper}), from this folder. */
    private Result warraq(List<String> wrapper, String... args) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(JAVA, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve("log.txt");
        Process process = new ProcessBuilder(command).directory(dir.resolve("news").toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("warraq ends").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).doesNotContain("\tat ", "internal error", "Exception");
        return new Result(process.exitValue(), output);
    }
}
