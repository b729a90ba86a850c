package org.warraq.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser's analysis (templates/static/search-analysis.js, run in Node) and the indexer's ({@link Analysis}) give
 * the same terms for every word: over a generated vocabulary that exercises every rule (always), and over
 * every distinct word of the shared 4,066-article corpus (when ../shared is there). Without Node it skips,
 * unless WARRAQ_REQUIRE_BROWSER=1, when it fails.
 */
class AnalysisEquivalenceIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path SCRIPT = ROOT.resolve("templates/static/search-analysis.js");
    private static final Path RUNNER = ROOT.resolve("src/test/js/analysis.mjs");
    private static final Path CORPUS = ROOT.resolveSibling("shared").resolve("corpus/arabic-news/articles.jsonl");

    private static final List<String> ROOTS = List.of("عمل", "كتب", "درس", "حكوم", "وزير", "مدرس", "قال", "بيت",
            "سلام", "اقتصاد", "مصر", "لبنان", "فلسطين", "ايران", "رئيس", "مسؤول", "أمن", "إعلان", "آثار", "مستشفى",
            "مدينة", "شرطة", "براق", "ثابت", "جديد", "لاعب", "انتخاب", "سوري", "يد", "ابن");
    private static final List<String> CLITICS = List.of("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال",
            "لل", "ولل", "فلل", "وبال", "وكال", "فبال", "فكال", "وب", "ول", "فب", "فل", "وك", "س", "وس");
    private static final List<String> SUFFIXES = List.of("", "ة", "ه", "ات", "ان", "ين", "ون", "ي", "ية", "يه", "يين",
            "يون", "يات", "تان", "تين", "ها", "هم", "هما", "كم", "كما", "هن", "نا", "تها", "تهم", "اتها", "اتهم", "ى",
            "اء", "ائي");

    @TempDir
    Path tmp;

    @Test
    void committedVocabularyGivesTheSameTermsInJavaAndJavaScript() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (String root : ROOTS) {
            for (String clitic : CLITICS) {
                for (String suffix : SUFFIXES) {
                    words.add(clitic + root + suffix);
                }
            }
        }
        List<String> variants = variants();
        for (String line : variants) {
            words.addAll(Analysis.words(line));
        }
        for (Object stop : ArabicAnalyzer.getDefaultStopSet()) {
            words.add(new String((char[]) stop));
        }
        assertThat(words).hasSizeGreaterThan(20_000);
        assertSameTerms(List.copyOf(words));
        assertSameWords(variants);
    }

    @Test
    void everyWordOfTheCorpusGivesTheSameTermsInJavaAndJavaScript() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS), "no shared corpus at " + CORPUS);
        ObjectMapper json = new ObjectMapper();
        Set<String> words = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(CORPUS, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode article = json.readTree(line);
                String text = article.get("title").asText() + "\n" + article.get("body").asText();
                texts.add(text.replace('\n', ' ').replace('\r', ' '));
                words.addAll(Analysis.words(text));
            }
        }
        assertThat(texts).hasSize(4066);
        assertSameTerms(List.copyOf(words));
        assertSameWords(texts);
    }

    private List<String> variants() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("src/test/resources/search/variants.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    private void assertSameTerms(List<String> words) throws IOException {
        List<String> java = new ArrayList<>(words.size());
        for (String word : words) {
            Analysis.Terms t = Analysis.terms(word);
            java.add(t == null ? "-" : t.exact() + "|" + String.join(" ", t.stems()));
        }
        compare("words", words, java);
    }

    private void assertSameWords(List<String> texts) throws IOException {
        List<String> java = texts.stream().map(t -> String.join(" ", Analysis.words(t))).toList();
        compare("text", texts, java);
    }

    private void compare(String mode, List<String> input, List<String> java) throws IOException {
        List<String> js = node(mode, input);
        assertThat(js).hasSameSizeAs(java);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < java.size(); i++) {
            if (!java.get(i).equals(js.get(i))) {
                differences.add(input.get(i) + ": Java " + java.get(i) + ", JavaScript " + js.get(i));
            }
        }
        assertThat(differences).as("%s of %d inputs differ", differences.size(), input.size()).isEmpty();
    }

    private List<String> node(String mode, List<String> input) throws IOException {
        String node = nodeCommand();
        Path in = tmp.resolve(mode + ".in");
        Path out = tmp.resolve(mode + ".out");
        Files.write(in, input, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(node, RUNNER.toString(), SCRIPT.toString(), mode, in.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(p.exitValue()).as("node exit code; output:\n%s", log).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        return lines;
    }

    private static String nodeCommand() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "node"))) {
                return Path.of(dir, "node").toString();
            }
        }
        boolean required = "1".equals(System.getenv("WARRAQ_REQUIRE_BROWSER"));
        assertThat(required).as("Node.js is not on PATH and WARRAQ_REQUIRE_BROWSER=1").isFalse();
        assumeTrue(false, "Node.js is not on PATH: the Java/JavaScript equivalence test is skipped");
        return "";
    }
}
