package org.warraq.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of DESIGN.md, read from the sources: every package says in its package-info.java what it
 * uses ("Uses: {@code a}, {@code b}.") and uses exactly that; the packages form no import cycle; no main
 * source file is over 400 lines.
 */
class PackageRulesTest {
    private static final Path MAIN = Path.of("src/main/java/org/warraq");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.warraq\\.((?:[a-z]+\\.)*[a-z]+)\\.[A-Z]");
    private static final Pattern USES = Pattern.compile("\\{@code\\s+([a-z.]+)\\}");

    /** Package (below org.warraq) to the packages its sources name. */
    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
            Set<String> used = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
            if (file.getFileName().toString().equals("package-info.java")) {
                continue;
            }
            Matcher m = REFERENCE.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    used.add(m.group(1));
                }
            }
        }
        return graph;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyPackageSaysWhatItOwnsAndUsesExactlyWhatItSays() throws IOException {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (String pkg : uses().keySet()) {
            Path info = MAIN.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            assertThat(info).as("package-info.java of org.warraq." + pkg).exists();
            String text = Files.readString(info).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
            int at = text.indexOf("Uses:");
            assertThat(at).as("a 'Uses:' line in the package-info.java of " + pkg).isGreaterThan(0);
            Set<String> names = new TreeSet<>();
            String line = text.substring(at);
            line = line.substring(0, line.indexOf("*/") < 0 ? line.length() : line.indexOf("*/"));
            Matcher m = USES.matcher(line);
            while (m.find()) {
                names.add(m.group(1));
            }
            declared.put(pkg, names);
        }
        assertThat(uses()).isEqualTo(declared);
    }

    @Test
    void thePackagesFormNoImportCycle() throws IOException {
        Map<String, Set<String>> graph = uses();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            path.add(start);
            findCycle(graph, start, start, path, new TreeSet<>(), cycles);
        }
        assertThat(cycles).isEmpty();
    }

    private static void findCycle(Map<String, Set<String>> graph, String start, String at, List<String> path,
                                  Set<String> seen, List<String> cycles) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (seen.add(next)) {
                path.add(next);
                findCycle(graph, start, next, path, seen, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    @Test
    void noMainSourceFileIsOver400Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            long lines = Files.readAllLines(file).size();
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            if (lines > 400) {
                long_.add(name + ": " + lines + " lines");
            }
        }
        assertThat(long_).isEmpty();
    }
}
