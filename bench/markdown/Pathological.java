import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.warraq.build.BuildOptions;
import org.warraq.build.Builder;
import org.warraq.diag.BuildFailure;

/**
 * CommonMark's pathological inputs (commonmark-spec/cmark's test/pathological_tests.py, md4c's additions) and
 * Warraq's own, each as the body of the one article of a site, checked (`warraq check`: load, index, render,
 * nothing written) in this JVM at several sizes. Prints, per family and size, the characters, the best of
 * three wall-clock times and of three process CPU times (all threads, GC included; what other processes on a
 * shared machine do does not count), and the outcome: `page` (it built) or the first problem.
 *
 * Run with Warraq's jar on the class path (after `mvn -q package -DskipTests`):
 *   java -cp target/warraq.jar bench/markdown/Pathological.java [N ...] [--only FAMILY,...] [--chunk K]
 * Sizes are repetition counts (default 1000 10000 100000 1000000); a body over 12 MB is skipped.
 * With --chunk K, the body is paragraphs of K repetitions each, separated by blank lines, N in all: each
 * paragraph within the limits, so the whole body is formatted and its time shows how formatting grows.
 * Sizes past 10,000 are timed once.
 */
public class Pathological {
    /** Processor time of the whole JVM (all its threads, GC included): other processes do not count. */
    static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    static final Map<String, IntFunction<String>> FAMILIES = new LinkedHashMap<>();

    static void family(String name, IntFunction<String> body) {
        FAMILIES.put(name, body);
    }

    static String rep(String s, int n) {
        return s.repeat(n);
    }

    static {
        // cmark / commonmark-spec pathological_tests.py
        family("nested strong emph", n -> rep("*a **a ", n) + "b" + rep(" a** a*", n));
        family("emph closers, no openers", n -> rep("a_ ", n));
        family("emph openers, no closers", n -> rep("_a ", n));
        family("3-emph openers (md4c)", n -> rep("a***", n));
        family("link closers, no openers", n -> rep("a]", n));
        family("link openers, no closers", n -> rep("[a", n));
        family("mismatched openers/closers", n -> rep("*a_ ", n));
        family("openers/closers multiple of 3", n -> "a**b" + rep("c* ", n));
        family("link openers + emph closers", n -> rep("[ a_", n));
        family("pattern [ (]( (broken titles)", n -> rep("[ (](", n));
        family("pattern ![[]()", n -> rep("![[]()", n));
        family("nested brackets", n -> rep("[", n) + "a" + rep("]", n));
        family("nested invalid link refs", n -> rep("[", n) + rep("]", n) + "\n\n[a]: /b");
        family("nested block quotes", n -> rep("> ", n) + "a");
        family("deeply nested lists", n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n && b.length() < 12_000_000; i++) {
                b.append("  ".repeat(i)).append("* a\n");
            }
            return b.toString();
        });
        family("broken thematic break", n -> rep("* ", n) + "a");
        family("backticks e`..e````", n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n && b.length() < 12_000_000; i++) {
                b.append('e').append("`".repeat(i));
            }
            return b.toString();
        });
        family("backtick flood", n -> rep("`", n));
        family("backticks and escapes", n -> rep("\\``", n));
        family("unclosed links [a](<b", n -> rep("[a](<b", n));
        family("unclosed links [a](b", n -> rep("[a](b", n));
        family("unclosed <!--", n -> "</" + rep("<!--", n));
        family("html openers/closers <>", n -> rep("<>", n));
        family("< flood", n -> rep("<", n));
        family("proc. inst. openers <?", n -> "x" + rep("<?", n));
        family("CDATA openers", n -> "x" + rep("<![CDATA[", n));
        family("declaration openers <!A", n -> "x" + rep("<!A ", n));
        family("entity flood &amp;", n -> rep("&amp;", n));
        family("numeric entity flood", n -> rep("&#1234;", n));
        family("nested inline html", n -> rep("<span>", n) + "a" + rep("</span>", n));
        family("many links", n -> rep("[t](/u) ", n));
        family("many references", n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                b.append('[').append(i).append("]: u\n");
            }
            return b.append('\n').append(rep("[0] ", Math.min(n, 20_000))).toString();
        });
        family("reference chain, one per paragraph", n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                b.append('[').append(i).append("]: /u").append(i).append("\n\n");
            }
            for (int i = 1; i <= n; i++) {
                b.append('[').append(i).append("]\n\n");
            }
            return b.toString();
        });
        family("table, many columns", n -> "|" + rep(" a |", n) + "\n|" + rep("---|", n) + "\n|" + rep(" b |", n));
        family("table, many rows", n -> "| a | b |\n|---|---|\n" + rep("| c | d |\n", n));
        family("tables (cmark-gfm)", n -> rep("aaa\nbbb\n-\n", n));
        family("footnotes", n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                b.append("x[^").append(i).append("]\n\n");
            }
            for (int i = 1; i <= n; i++) {
                b.append("[^").append(i).append("]: note\n\n");
            }
            return b.toString();
        });
        family("nested footnote definitions", n -> rep("[^a]: ", n) + "x");
        family("nested images", n -> rep("![a", n) + rep("](b)", n));
        family("strikethrough nesting", n -> rep("~~a ", n) + rep(" a~~", n));
        family("thematic break line ----", n -> rep("-", n));
        family("paragraph of n lines", n -> rep("كلمة وكلمة\n", n));
        family("n paragraphs", n -> rep("كلمة وكلمة\n\n", n));
        family("numeric refs to controls &#1;", n -> rep("a&#1;", n));
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        List<String> only = new ArrayList<>();
        int chunk = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--only")) {
                only.addAll(List.of(args[++i].split(",")));
            } else if (args[i].equals("--chunk")) {
                chunk = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 100_000, 1_000_000);
        }
        Path root = Files.createTempDirectory("warraq-pathological");
        Files.writeString(root.resolve("site.yaml"), "title: bench\nbase_url: https://example.org/\nmax_file_size_mb: 100\n");
        Files.createDirectories(root.resolve("content"));
        warmUp(root);
        System.out.println("| family | n | characters | time | CPU | outcome |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        for (Map.Entry<String, IntFunction<String>> f : FAMILIES.entrySet()) {
            if (!only.isEmpty() && only.stream().noneMatch(f.getKey()::contains)) {
                continue;
            }
            for (int n : sizes) {
                String body = chunk > 0 ? chunked(f.getValue(), n, chunk) : f.getValue().apply(n);
                if (body.length() > 12_000_000) {
                    continue;
                }
                long best = Long.MAX_VALUE;
                long bestCpu = Long.MAX_VALUE;
                String outcome = "";
                for (int rep = 0; rep < (n > 10_000 ? 1 : 3); rep++) {
                    write(root, body);
                    long cpu = CPU.getProcessCpuTime();
                    long start = System.nanoTime();
                    outcome = check(root);
                    best = Math.min(best, System.nanoTime() - start);
                    bestCpu = Math.min(bestCpu, CPU.getProcessCpuTime() - cpu);
                }
                System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,.0f ms | %,.0f ms | %s |%n", f.getKey(), n,
                        body.length(), best / 1e6, bestCpu / 1e6, outcome);
            }
        }
    }

    /** {@code n} repetitions in paragraphs of {@code k}. */
    static String chunked(IntFunction<String> family, int n, int k) {
        String paragraph = family.apply(Math.min(n, k)) + "\n\n";
        return paragraph.repeat(Math.max(1, n / k));
    }

    static void warmUp(Path root) throws IOException {
        for (int i = 0; i < 20; i++) {
            write(root, rep("كلمة *مائلة* و[رابط](https://example.org/) `code`\n\n", 200));
            check(root);
        }
    }

    static void write(Path root, String body) throws IOException {
        Files.writeString(root.resolve("content/a.md"), "---\ntitle: a\ndate: 2024-01-10T10:00:00+01:00\n---\n" + body + "\n");
    }

    static String check(Path root) {
        try {
            Builder.build(new BuildOptions(root, root.resolve("site"), false, false, 2, false, false));
            return "page";
        } catch (BuildFailure e) {
            String first = e.problems().get(0).format();
            return first.replace("|", "\\|") + (e.problems().size() > 1 ? " (+" + (e.problems().size() - 1) + ")" : "");
        }
    }
}
