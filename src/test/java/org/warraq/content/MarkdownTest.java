package org.warraq.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warraq.config.RawHtml;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;

class MarkdownTest {
    private final Markdown markdown = new Markdown(RawHtml.SANITIZE, URI.create("https://example.org/"));
    private Problems problems = new Problems();

    private String html(String body) {
        return markdown.render(body, "content/x.md", 5, Links.NONE, problems).html();
    }

    @Test
    void rendersTablesStrikethroughAutolinksAndFootnotes() {
        String html = html("| أ | ب |\n|:--|--:|\n| 1 | 2 |\n\n~~قديم~~ https://example.org/x\n\nنص[^1]\n\n[^1]: حاشية\n");
        assertThat(html).contains("<table>").contains("<th class=\"align-start\">أ</th>").contains("<del>قديم</del>")
                .contains("<a href=\"https://example.org/x\" dir=\"ltr\">https://example.org/x</a>")
                .contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>")
                .contains("<li id=\"fn-1\">");
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void endsBareLinksBeforeArabicPunctuationAndIsolatesThemLeftToRight() {
        String html = html("زوروا www.ca.gov.sa، أو https://example.com/path؟ ثم http://x.org/a». راسلونا admin@example.com، شكرا\n");
        assertThat(html).contains("<a href=\"http://www.ca.gov.sa\" rel=\"noopener\" dir=\"ltr\">www.ca.gov.sa</a>، أو")
                .contains("<a href=\"https://example.com/path\" rel=\"noopener\" dir=\"ltr\">https://example.com/path</a>؟ ثم")
                .contains("<a href=\"http://x.org/a\" rel=\"noopener\" dir=\"ltr\">http://x.org/a</a>».")
                .contains("<a href=\"mailto:admin@example.com\" dir=\"ltr\">admin@example.com</a>، شكرا");
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void leavesBracketedAsidesInAgencyCopyAsText() {
        assertThat(html("استدعى السفير إلى الوزارة [الأحد]. وقال [أي اللاعبين] كذا.\n"))
                .isEqualTo("<p>استدعى السفير إلى الوزارة [الأحد]. وقال [أي اللاعبين] كذا.</p>\n");
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void reportsABrokenRelativeLinkAtItsPosition() {
        html("سطر أول\n\nانظر [الخبر](missing.md).\n");
        assertThat(problems.list()).extracting(Problem::format).containsExactly(
                "content/x.md:7:6: error: 'missing.md' points at no file in content/ (check the file name; paths are relative to this article's folder)");
    }

    @Test
    void resolvesRelativeLinksThroughTheSiteForPagesAndFeeds() {
        Links links = new Links() {
            @Override
            public Optional<String> onPage(String reference) {
                return reference.equals("صورة.jpg") ? Optional.of("../../%D8%B5.jpg") : Optional.empty();
            }

            @Override
            public Optional<String> absolute(String reference) {
                return reference.equals("صورة.jpg") ? Optional.of("https://example.org/%D8%B5.jpg") : Optional.empty();
            }
        };
        Body body = markdown.render("![صورة](%D8%B5%D9%88%D8%B1%D8%A9.jpg#x)\n", "content/x.md", 1, links, problems);
        assertThat(body.html()).contains("src=\"../../%D8%B5.jpg#x\"").contains("loading=\"lazy\"");
        assertThat(body.feedHtml()).contains("src=\"https://example.org/%D8%B5.jpg#x\"");
    }

    @Test
    void neutralisesUnsafeSchemesAndWarns() {
        String html = html("[اضغط](javascript:alert(1)) ![x](data:image/png;base64,AAAA)\n");
        assertThat(html).doesNotContain("javascript:").doesNotContain("data:");
        assertThat(problems.list()).extracting(Problem::format).containsExactly(
                "content/x.md:5:1: warning: link with a 'javascript:' address removed (only http, https, mailto and tel links are kept)",
                "content/x.md:5:29: warning: link with a 'data:' address removed (only http, https, mailto and tel links are kept)");
    }

    @Test
    void movesBodyHeadingsBelowTheTitleWhenTheBodyUsesLevelOne() {
        assertThat(html("# قسم\n\n## فرع\n")).contains("<h2>قسم</h2>").contains("<h3>فرع</h3>");
        assertThat(html("## قسم\n")).contains("<h2>قسم</h2>");
    }

    @Test
    void summaryIsTheFirstParagraphAsPlainText() {
        assertThat(markdown.summary("## عنوان\n\n![صورة](a.jpg)\n\nفقرة **أولى** فيها [رابط][r] وحاشية[^1].\nتتمة.\n\nفقرة ثانية.\n\n[r]: https://x.org\n[^1]: ح\n"))
                .isEqualTo("فقرة أولى فيها رابط وحاشية. تتمة.");
        assertThat(markdown.summary("- قائمة فقط\n")).isEmpty();
        assertThat(markdown.summary("عنوان فرعي\n---------\n\nالفقرة.\n")).isEqualTo("الفقرة.");
    }

    @Test
    void findsRelativeReferencesWithoutParsing() {
        assertThat(MarkdownOutline.relativeReferences("[a](x.md) ![b](img/y.png \"t\") [c](https://e.org) [d](#f)\n[r]: ../z.md\n<a href=\"w.html\">w</a>"))
                .containsExactly("../z.md", "img/y.png", "w.html", "x.md");
    }

    /**
     * The load stage's quick scans (MarkdownOutline) agree with flexmark: the summary from the scanned first
     * paragraph equals the one from a full parse, and every relative link or image flexmark finds is among the
     * scanned references. Over the sample site, the test fixtures and, when it is there, the real corpus.
     */
    @Test
    void theLoadStagesScansAgreeWithAFullParse() throws java.io.IOException {
        java.util.Map<String, String> bodies = new java.util.TreeMap<>();
        for (Path dir : List.of(Path.of("content"), Path.of("src/test/resources"))) {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".md")).toList()) {
                    String text = java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
                    int end = text.indexOf("\n---", 3);
                    bodies.put(f.toString(), new String(text.substring(end < 0 ? 0 : end + 4).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        Path corpus = Path.of("../shared/corpus/arabic-news/articles.jsonl");
        if (java.nio.file.Files.isRegularFile(corpus)) {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            for (String line : java.nio.file.Files.readAllLines(corpus)) {
                com.fasterxml.jackson.databind.JsonNode record = json.readTree(line);
                bodies.put(record.get("id").asText(), record.get("body").asText());
            }
        }
        com.vladsch.flexmark.util.data.MutableDataSet options = new com.vladsch.flexmark.util.data.MutableDataSet();
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(
                com.vladsch.flexmark.ext.tables.TablesExtension.create(),
                com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension.create(),
                com.vladsch.flexmark.ext.autolink.AutolinkExtension.create(),
                com.vladsch.flexmark.ext.footnotes.FootnoteExtension.create()));
        com.vladsch.flexmark.parser.Parser parser = com.vladsch.flexmark.parser.Parser.builder(options).build();
        List<String> disagreements = new ArrayList<>();
        for (java.util.Map.Entry<String, String> entry : bodies.entrySet()) {
            String body = entry.getValue();
            com.vladsch.flexmark.util.ast.Document document = parser.parse(body);
            List<String> scanned = MarkdownOutline.relativeReferences(body);
            for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
                String url = node instanceof com.vladsch.flexmark.ast.Link l ? l.getUrl().toString()
                        : node instanceof com.vladsch.flexmark.ast.Image i ? i.getUrl().toString() : null;
                if (url != null && !url.isEmpty() && !url.startsWith("#") && !url.startsWith("//")
                        && !Markdown.SCHEME.matcher(url).find() && !scanned.contains(url)) {
                    disagreements.add(entry.getKey() + ": reference " + url + " not found by the scan");
                }
            }
            String full = "";
            for (com.vladsch.flexmark.util.ast.Node node : document.getChildren()) {
                if (node instanceof com.vladsch.flexmark.ast.Paragraph paragraph && !onlyImages(paragraph)) {
                    List<com.vladsch.flexmark.util.ast.Node> notes = new ArrayList<>();
                    paragraph.getDescendants().forEach(n -> {
                        if (n instanceof com.vladsch.flexmark.ext.footnotes.Footnote) {
                            notes.add(n);
                        }
                    });
                    notes.forEach(com.vladsch.flexmark.util.ast.Node::unlink);
                    full = org.warraq.text.Summaries.cut(new com.vladsch.flexmark.util.ast.TextCollectingVisitor()
                            .collectAndGetText(paragraph), org.warraq.text.Summaries.MAX_LENGTH);
                    break;
                }
            }
            String quick = markdown.summary(body);
            if (!quick.equals(full)) {
                disagreements.add(entry.getKey() + ": summary");
            }
        }
        // Known: a paragraph right after a block quote of '>>' lines, which CommonMark reads as the quote's
        // lazy continuation and the scan as the first paragraph (kept: changing it changes published summaries).
        assertThat(disagreements).isSubsetOf("AL-sport-903-20180327: summary");
    }

    private static boolean onlyImages(com.vladsch.flexmark.ast.Paragraph paragraph) {
        for (com.vladsch.flexmark.util.ast.Node child : paragraph.getChildren()) {
            if (!(child instanceof com.vladsch.flexmark.ast.Image) && !child.getChars().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
