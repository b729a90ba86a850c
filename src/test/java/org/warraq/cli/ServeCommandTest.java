package org.warraq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warraq serve} on the command line: the ways it stops before serving (serving is PreviewServerTest's). */
class ServeCommandTest {
    @TempDir
    Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void isListedAndDescribed() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "--bind", "--drafts", "--root", "127.0.0.1", "8080",
                ".warraq/preview/");
        out.getBuffer().setLength(0);
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve");
    }

    @Test
    void needsASiteFolder() {
        assertThat(run("serve", "--root", root.toString(), "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("site.yaml:1:1: error: site.yaml not found");
        assertThat(root.resolve(".warraq")).doesNotExist();
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThat(run("serve", "--root", root.toString(), "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be between 0 and 65535");
    }

    @Test
    void saysWhenThePortIsTakenBeforeBuildingAnything() throws IOException {
        Files.writeString(root.resolve("site.yaml"), "title: x\nbase_url: https://example.org/\n");
        Files.createDirectories(root.resolve("content"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run("serve", "--root", root.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(code).isEqualTo(2);
        }
        assertThat(err.toString()).contains("error: cannot serve on 127.0.0.1:", "try --port");
        assertThat(root.resolve(".warraq/preview")).doesNotExist();
    }
}
