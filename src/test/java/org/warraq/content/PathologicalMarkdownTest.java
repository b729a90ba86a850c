package org.warraq.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warraq.config.RawHtml;
import org.warraq.diag.Problems;

/**
 * CommonMark's pathological inputs (cmark's test/pathological_tests.py, md4c's additions) and Warraq's own, at a
 * size a test can afford, go the way a build takes them (the limits when the file is read, then the formatter):
 * each gives a correct page or one clear problem at its line and column, never an exception. How the time grows
 * with the size is bench/markdown's business.
 */
class PathologicalMarkdownTest {
    private static final int BODY_LINE = 5;
    private final Markdown markdown = new Markdown(RawHtml.SANITIZE, URI.create("https://example.org/"));

    /** What the build makes of {@code body}: its problems (the limits', else the formatter's) and the HTML. */
    private record Outcome(List<String> problems, String html) {
    }

    private Outcome build(String body) {
        List<String> found = new ArrayList<>();
        MarkdownLimits.check(body, "content/x.md", BODY_LINE).forEach(p -> found.add(p.format()));
        if (!found.isEmpty()) {
            return new Outcome(found, "");
        }
        Problems problems = new Problems();
        String html = markdown.render(body, "content/x.md", BODY_LINE, Links.NONE, problems).html();
        assertThat(markdown.summary(body)).isNotNull();
        problems.list().forEach(p -> found.add(p.format()));
        return new Outcome(found, html);
    }

    static Stream<Arguments> refused() {
        String marks = "more than 1,000 formatting marks (* _ ~ [ \\ &) in one paragraph (split it into paragraphs with blank lines)";
        String depth = "block quotes, lists or footnotes nested more than 20 deep (nest fewer levels)";
        return Stream.of(
                Arguments.of("nested strong emphasis", "*a **a ".repeat(600) + "b" + " a** a*".repeat(600), "5:3501: error: " + marks),
                Arguments.of("emphasis closers without openers", "a_ ".repeat(2000), "5:3002: error: " + marks),
                Arguments.of("3-emphasis openers", "a***".repeat(2000), "5:4002: error: " + marks),
                Arguments.of("mismatched openers and closers", "*a_ ".repeat(2000), "5:2001: error: " + marks),
                Arguments.of("openers and closers multiple of 3", "a**b" + "c* ".repeat(2000), "5:3003: error: " + marks),
                Arguments.of("link openers without closers", "[a".repeat(2000), "5:2001: error: " + marks),
                Arguments.of("link openers and emphasis closers", "[ a_".repeat(2000), "5:2001: error: " + marks),
                Arguments.of("broken link titles [ (](", "[ (](".repeat(2000), "5:5001: error: " + marks),
                Arguments.of("images around links ![[]()", "![[]()".repeat(2000), "5:3002: error: " + marks),
                Arguments.of("nested images", "![a".repeat(2000) + "](b)".repeat(2000), "5:3002: error: " + marks),
                Arguments.of("entity flood", "&amp; ".repeat(2000), "5:6001: error: " + marks),
                Arguments.of("references without spaces", "a&#1;".repeat(100), "5:82: error: more than 16 character "
                        + "references (&...;) without a space between them (write the characters themselves, or put spaces "
                        + "between the references)"),
                Arguments.of("escaped backticks", "\\``".repeat(2000), "5:3001: error: " + marks),
                Arguments.of("unclosed links [a](b", "[a](b".repeat(2000), "5:5001: error: " + marks),
                Arguments.of("nested block quotes", "> ".repeat(5000) + "a", "5:41: error: " + depth),
                Arguments.of("block quotes, one per line", ">\n".repeat(3) + ">>>>>>>>>> a\n".repeat(2)
                        + ">".repeat(60) + " a\n", "10:21: error: " + depth),
                Arguments.of("deeply nested lists", nestedList(1000), "25:41: error: " + depth),
                Arguments.of("broken thematic break", "* ".repeat(5000) + "a", "5:41: error: " + depth),
                Arguments.of("quotes and lists", "> - ".repeat(1000) + "a", "5:41: error: " + depth),
                Arguments.of("nested footnote definitions", "[^a]: ".repeat(1000) + "x", "5:121: error: " + depth),
                Arguments.of("a paragraph of 300,000 characters", "كلمة ".repeat(60_000),
                        "5:1: error: paragraph of more than 262,144 characters (split it into paragraphs with blank lines)"),
                Arguments.of("a table of 6,000 rows", "| a | b |\n|---|---|\n" + "| c | d |\n".repeat(6000),
                        "5005:1: error: paragraph of more than 5,000 lines (split it into paragraphs with blank lines)"),
                Arguments.of("1,500 footnotes", footnotes(1500), "2005:2: error: more than 1,000 footnotes in one article (split the article)"),
                Arguments.of("12,000 links", "[a](b) ".repeat(1000) + "\n\n" + "[a](#b)\n\n".repeat(11_000),
                        "18007:3: error: more than 10,000 links in one article (split the article)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWithOneProblemAtItsPlace(String family, String body, String problem) {
        Outcome outcome = build(body);
        assertThat(outcome.problems()).containsExactly("content/x.md:" + problem);
    }

    static Stream<Arguments> formatted() {
        return Stream.of(
                Arguments.of("backtick runs of every length", backticks(300), "<p>e`e``e```"),
                Arguments.of("backtick flood", "a" + "`".repeat(20_000), "<p>a" + "`".repeat(20_000) + "</p>"),
                Arguments.of("emphasis within the limit", "*a **a ".repeat(200) + "b" + " a** a*".repeat(200),
                        "<em>a <strong>a <em>a <strong>a "),
                Arguments.of("link closers without openers", "a]".repeat(20_000), "<p>a]a]a]"),
                Arguments.of("nested brackets within the limit", "[".repeat(900) + "a" + "]".repeat(900), "[[[[a]]]]"),
                Arguments.of("unclosed comments", "</" + "<!--".repeat(20_000), "<p>&lt;/&lt;!--&lt;!--"),
                Arguments.of("processing instruction openers", "x" + "<?".repeat(20_000), "<p>x&lt;?&lt;?"),
                Arguments.of("declaration openers", "x" + "<!A ".repeat(20_000), "<p>x&lt;!A &lt;!A "),
                Arguments.of("CDATA openers", "x" + "<![CDATA[".repeat(400), "<p>x&lt;![CDATA[&lt;![CDATA["),
                Arguments.of("< flood", "<".repeat(20_000), "<p>&lt;&lt;&lt;"),
                Arguments.of("html openers and closers", "<>".repeat(20_000), "<p>&lt;&gt;&lt;&gt;"),
                Arguments.of("nested inline html", "<span>".repeat(500) + "a" + "</span>".repeat(500), "<span><span><span>"),
                Arguments.of("20 nested block quotes", "> ".repeat(20) + "a", "<blockquote>\n<blockquote>"),
                Arguments.of("links with 32 nested parentheses", "[a](https://x.org/" + "(".repeat(32) + ")".repeat(32) + ") ".repeat(20),
                        "<a href=\"https://x.org/" + "(".repeat(32)),
                Arguments.of("a table of 1,000 columns", "|" + " a |".repeat(1000) + "\n|" + "---|".repeat(1000) + "\n", "<th>a</th>"),
                Arguments.of("a thematic break of 100,000 dashes", "-".repeat(100_000), "<hr>"),
                Arguments.of("a thematic break of 5,000 spaced stars", "* ".repeat(5000), "<hr>"),
                Arguments.of("a link title that never closes", "[a](b \"" + "x ".repeat(100_000), "<p>[a](b &quot;x x"),
                Arguments.of("2,000 reference definitions", references(2000), "<a href=\"https://x.org/u1999\" rel=\"noopener\">1999</a>"),
                Arguments.of("4,000 paragraphs", "فقرة قصيرة\n\n".repeat(4000), "<p>فقرة قصيرة</p>"),
                Arguments.of("16 references in a word, 400 times", ("a" + "&nbsp;".repeat(16) + " ").repeat(60),
                        "<p>a\u00A0\u00A0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatted")
    void givesACorrectPage(String family, String body, String expected) {
        Outcome outcome = build(body);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.html()).contains(expected);
    }

    private static String nestedList(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("  ".repeat(i)).append("* a\n");
        }
        return b.toString();
    }

    private static String backticks(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append('e').append("`".repeat(i));
        }
        return b.toString();
    }

    private static String footnotes(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append("x[^").append(i).append("]\n\n");
        }
        return b.toString();
    }

    private static String references(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append('[').append(i).append("]: https://x.org/u").append(i).append("\n\n");
        }
        for (int i = 0; i < n; i++) {
            b.append('[').append(i).append("]\n\n");
        }
        return b.toString();
    }
}
