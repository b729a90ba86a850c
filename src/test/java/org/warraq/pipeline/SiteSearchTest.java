package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.Corpus;
import org.warraq.testing.TestSites;

/** The built site's search: the page, the header's box, and an index of every article (and nothing else). */
class SiteSearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://news.example.org/ar/";

    @TempDir
    Path root;

    @Test
    void everyArticleIsInTheIndexNewestLastAndLinkedFromItsFragment() throws IOException {
        TestSites.copy("basic", root);
        TestSites.build(root);
        Path site = root.resolve("site");
        JsonNode meta = JSON.readTree(site.resolve("search/index.json").toFile());
        List<String> articles = TestSites.htmlFiles(site).stream()
                .filter(p -> p.matches("\\d{4}/\\d{2}/\\d{2}/[^/]+/index.html")).toList();
        assertThat(meta.get("n").asInt()).isEqualTo(articles.size()).isEqualTo(3);
        String previous = "";
        for (int id = 0; id < articles.size(); id++) {
            JsonNode doc = JSON.readTree(site.resolve("search/d/" + id + ".json").toFile());
            String page = TestSites.resolve("index.html", doc.get("u").asText(), BASE);
            assertThat(articles).contains(page);
            assertThat(doc.get("t").asText()).isEqualTo(TestSites.page(site, page).selectFirst("h1").text());
            assertThat(doc.get("i").asText()).as("oldest first").isGreaterThanOrEqualTo(previous);
            previous = doc.get("i").asText();
        }
        assertThat(Arrays.stream(meta.get("s").asText().split(" ", -1)).map(s -> "search/t/"
                + (s.isEmpty() ? "_" : s.codePoints().mapToObj(Integer::toHexString).reduce((a, b) -> a + "-" + b).get()) + ".json"))
                .allSatisfy(shard -> assertThat(site.resolve(shard)).isRegularFile());
    }

    @Test
    void theSearchPageHasAFormThatWorksWithoutJavaScriptAndEveryOtherPageAHeaderBox() {
        TestSites.copy("basic", root);
        TestSites.write(root, "site.yaml", TestSites.read(root.resolve("site.yaml")).replace("digits: latin", "digits: arabic"));
        TestSites.build(root);
        Path site = root.resolve("site");
        Document search = TestSites.page(site, "search/index.html");
        Element form = search.getElementById("search-form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("./");
        assertThat(form.attr("data-digits")).as("the site's digits, for the number of results").isEqualTo("٠١٢٣٤٥٦٧٨٩");
        assertThat(form.selectFirst("input[type=search][name=q]").id()).isEqualTo("search-input");
        assertThat(search.selectFirst("label[for=search-input]").text()).isNotBlank();
        assertThat(search.getElementById("search-results")).isNotNull();
        assertThat(search.getElementById("search-status").attr("aria-live")).isEqualTo("polite");
        assertThat(search.select("form[role=search]")).hasSize(1);
        for (String page : TestSites.htmlFiles(site)) {
            if (!page.equals("search/index.html")) {
                Element box = TestSites.page(site, page).selectFirst("header form[role=search]");
                assertThat(box).as(page).isNotNull();
                assertThat(TestSites.resolve(page, box.attr("action"), BASE))
                        .as(page).isEqualTo("search/index.html");
                assertThat(box.selectFirst("input[name=q]")).as(page).isNotNull();
            }
        }
    }

    @Test
    void editingOneArticleRewritesItsResultFileAndFewShards() throws IOException {
        Corpus.write(root, 80, "أ");
        TestSites.build(root);
        Map<String, byte[]> before = TestSites.tree(root.resolve("site/search"));
        Path file = root.resolve("content/2022/00040.md");
        TestSites.write(root, "content/2022/00040.md", TestSites.read(file).replace("فقرة ثانية", "فقرة ثانية عن الزلزال"));
        TestSites.build(root);
        Map<String, byte[]> after = TestSites.tree(root.resolve("site/search"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        List<String> changed = after.keySet().stream().filter(p -> !Arrays.equals(before.get(p), after.get(p))).toList();
        assertThat(changed).contains("d/40.json").hasSizeLessThanOrEqualTo(5);
        assertThat(Files.readString(root.resolve("site/search/d/40.json"))).contains("الزلزال");
        assertThat(Files.readString(root.resolve("site/search/" + shardOf(root.resolve("site/search"), "زلزال"))))
                .as("the new word is in the index").contains("\"زلزال\"");
    }

    @Test
    void searchFalseLeavesOutThePageTheIndexAndTheHeaderBox() {
        TestSites.copy("basic", root);
        TestSites.write(root, "site.yaml", TestSites.read(root.resolve("site.yaml")) + "search: false\n");
        TestSites.build(root);
        Path site = root.resolve("site");
        assertThat(site.resolve("search")).doesNotExist();
        assertThat(TestSites.htmlFiles(site)).allSatisfy(page ->
                assertThat(TestSites.page(site, page).select("form[role=search]")).as(page).isEmpty());
    }

    /** The shard that holds {@code term}: the last start in index.json that sorts at or before it. */
    private static String shardOf(Path index, String term) throws IOException {
        String chosen = "";
        for (String start : JSON.readTree(index.resolve("index.json").toFile()).get("s").asText().split(" ", -1)) {
            if (start.compareTo(term) <= 0) {
                chosen = start;
            }
        }
        return "t/" + (chosen.isEmpty() ? "_" : chosen.codePoints().mapToObj(Integer::toHexString)
                .reduce((a, b) -> a + "-" + b).get()) + ".json";
    }
}
