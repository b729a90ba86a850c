package org.warraq.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.warraq.config.RawHtml;

/** The body markup Markdown produces is valid HTML: no obsolete attributes, no XML-style void tags. */
class MarkdownHtmlTest {
    private final Markdown markdown = new Markdown(RawHtml.SANITIZE, URI.create("https://example.org/"));

    private String render(String body) {
        return markdown.render(body, "content/x.md", 5, Links.NONE, new org.warraq.diag.Problems()).html();
    }

    @Test
    void tableAlignmentBecomesLogicalClassesNotTheObsoleteAlignAttribute() {
        String html = render("| المادة | السعر | التغير |\n| :--- | ---: | :---: |\n| الطماطم | 6 | +33% |\n");
        assertThat(html).doesNotContain("align=")
                .contains("<th class=\"align-start\">المادة</th>")
                .contains("<td class=\"align-end\">6</td>")
                .contains("<td class=\"align-center\">+33%</td>");
    }

    @Test
    void tableAlignmentClassesSurviveSanitizing() {
        String html = render("<mark>رقم</mark>\n\n| أ | ب |\n| :--- | ---: |\n| 1 | 2 |\n");
        assertThat(html).contains("<td class=\"align-start\">1</td>").contains("<td class=\"align-end\">2</td>");
    }

    @Test
    void voidElementsHaveNoTrailingSlash() {
        String html = render("سطر أول  \nسطر ثان\n\n---\n\n![صورة](https://example.org/a.png)\n\nنص[^1]\n\n[^1]: حاشية\n");
        assertThat(html).doesNotContain("/>").contains("<br>").contains("<hr>")
                .contains("<img src=\"https://example.org/a.png\" alt=\"صورة\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void slashesInTextAndCodeAreLeftAlone() {
        String html = render("`<br />` و a/>b\n");
        assertThat(html).contains("<code>&lt;br /&gt;</code>").contains("a/&gt;b");
    }
}
