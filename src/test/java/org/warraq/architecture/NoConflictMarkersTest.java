package org.warraq.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No merge-conflict marker is left in the project's text: sources, templates, the sample content and the
 * documents a user reads. A marker in docs/ once passed every other check.
 */
class NoConflictMarkersTest {
    private static final Pattern MARKER = Pattern.compile("(?m)^(<{7}|>{7})( |$)");
    private static final List<String> ROOTS = List.of("src", "templates", "content", "docs", "checks", "bench",
            "README.md", "DESIGN.md", "site.yaml", "pom.xml");

    @Test
    void noFileHoldsAConflictMarker() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : ROOTS) {
            Path start = Path.of(root);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(start)) {
                for (Path file : files.filter(Files::isRegularFile).filter(NoConflictMarkersTest::isText).toList()) {
                    Matcher m = MARKER.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                    if (m.find()) {
                        found.add(file + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return !file.toString().contains("node_modules") && !file.startsWith(Path.of("bench", ".work"))
                && name.matches(".*\\.(java|md|ftlh|ftl|yaml|yml|css|js|mjs|xml|html|txt|sh)|run");
    }
}
