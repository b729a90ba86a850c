package org.warraq.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The linear inline parser gives flexmark's own results: compared with flexmark's stock parser on many random
 * texts made of Markdown's marks, and its link-title scanner with flexmark's regular expression.
 */
class LinearInlineParserTest {
    private static final String MARKS = "ab *_~`[]()<>!&#;\\\"' \n-=|:x1^?";
    private static final String[] PIECES = {"**", "__", "~~", "``", "](", "![", "<!--", "-->", "<?", "?>", "<![CDATA[",
        "]]>", "<!A ", "&amp;", "&#1;", "&#x41;", "\\`", "\\(", "\\\"", "(((", ")))", "[^1]", "[a]: /u\n", "\n\n",
        "\n- ", "\n> ", "| a | b |\n|---|---|\n", "https://x.org/a_b", "<b title=\"t\">", "</b>", "\"t\"", "'t'", "(t)"};

    private static Parser parser(boolean linear) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create()));
        Parser.Builder builder = Parser.builder(options);
        if (linear) {
            builder.customInlineParserFactory(LinearInlineParser::new)
                    .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder.build();
    }

    @Test
    void rendersRandomMarkupExactlyAsFlexmarkDoes() {
        Parser stock = parser(false);
        Parser linear = parser(true);
        HtmlRenderer renderer = HtmlRenderer.builder(new MutableDataSet(stock.getOptions())).build();
        Random random = new Random(18);
        for (int i = 0; i < 4000; i++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(40);
            for (int k = 0; k < parts; k++) {
                if (random.nextInt(3) == 0) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                } else {
                    text.append(MARKS.charAt(random.nextInt(MARKS.length())));
                }
            }
            String markdown = text.toString();
            assertThat(renderer.render(linear.parse(markdown))).as(markdown)
                    .isEqualTo(renderer.render(stock.parse(markdown)));
        }
    }

    @Test
    void findsTheEndOfALinkTitleExactlyAsFlexmarksExpressionDoes() {
        Parsing parsing = new Parsing(new MutableDataSet());
        Random random = new Random(7);
        String alphabet = "\\\"'()a!\n ";
        for (int i = 0; i < 20000; i++) {
            char open = "\"'(".charAt(random.nextInt(3));
            StringBuilder text = new StringBuilder().append(open);
            int length = random.nextInt(14);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Matcher m = parsing.LINK_TITLE.matcher(text);
            int expected = m.lookingAt() ? m.end() : -1;
            LinearInlineParser.TitleEnds ends = new LinearInlineParser.TitleEnds(open == '(' ? ')' : open);
            assertThat(ends.end(text, 1)).as(text.toString()).isEqualTo(expected);
        }
    }

    @Test
    void limitsParenthesesInALinkDestinationTo32LevelsAsCmarkDoes() {
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        Parser linear = parser(true);
        String deep = "(".repeat(32) + ")".repeat(32);
        assertThat(renderer.render(linear.parse("[a](" + deep + ")"))).contains("<a href=\"" + deep + "\">a</a>");
        String deeper = "(".repeat(33) + ")".repeat(33);
        assertThat(renderer.render(linear.parse("[a](" + deeper + ")"))).doesNotContain("<a ");
    }
}
