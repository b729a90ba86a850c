package org.warraq.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warraq.config.RawHtml;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;

/** References to characters a body may not hold are dropped from the HTML, with a warning at the first one. */
class ControlReferencesTest {
    private Problems problems = new Problems();

    private String html(RawHtml mode, String body) {
        Body rendered = new Markdown(mode, URI.create("https://example.org/")).render(body, "content/x.md", 5,
                Links.NONE, problems);
        assertThat(rendered.feedHtml()).isEqualTo(rendered.html());
        return rendered.html();
    }

    private List<String> problems() {
        return problems.list().stream().map(Problem::format).toList();
    }

    @Test
    void dropsMarkdownReferencesToControlAndInvisibleCharactersWithAWarningAtTheFirst() {
        String html = html(RawHtml.SANITIZE, "أ&#1;ب\n\nج &#x0B; د &#x202E;هـ &#65535; و &#xD800; ز &#0;\n");
        assertThat(html).isEqualTo("<p>أب</p>\n<p>ج  د هـ  و  ز \uFFFD</p>\n");
        assertThat(problems()).containsExactly("content/x.md:5:2: warning: reference '&#1;' to character U+0001 "
                + "removed from the text (and 4 more) (control, bidi-override and private-use characters are not published)");
    }

    @Test
    void dropsThemFromLinkAddressesTitlesAndRawHtmlInEveryMode() {
        for (RawHtml mode : List.of(RawHtml.SANITIZE, RawHtml.TRUST)) {
            problems = new Problems();
            String html = html(mode, "[a](https://x.org/&#1; \"t&#11;t\")\n\n<b title=\"&#x1F;\">x&#2;y</b>\n");
            assertThat(html).as(mode.name()).doesNotContain("&#", "\u0001", "\u000B", "\u001F", "\u0002")
                    .contains("<a href=\"https://x.org/\" title=\"tt\"", ">xy</b>");
            assertThat(problems()).as(mode.name()).containsExactly("content/x.md:5:19: warning: reference '&#1;' to "
                    + "character U+0001 removed from the text (and 3 more) (control, bidi-override and private-use "
                    + "characters are not published)");
        }
    }

    @Test
    void leavesCodeAndEscapedHtmlAsWrittenAndWindows1252ReferencesInHtmlAlone() {
        assertThat(html(RawHtml.SANITIZE, "`&#1;` and\n\n    &#2;\n")).contains("<code>&amp;#1;</code>", "&amp;#2;");
        assertThat(html(RawHtml.ESCAPE, "<b>x</b> &amp;#1;\n")).contains("&lt;b&gt;x&lt;/b&gt; &amp;#1;");
        assertThat(html(RawHtml.TRUST, "<p>it&#146;s</p>\n")).contains("it&#146;s");
        assertThat(problems.list()).isEmpty();
    }
}
