package org.warraq.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body's text as readers see it: what is indexed and what snippets show. */
class PlainTextTest {
    @Test
    void tagsBetweenBlocksSeparateWordsAndInlineFormattingDoesNot() {
        assertThat(Analysis.words(PlainText.of("<p>الأولى</p><p>الثانية</p><table><tr><td>خلية</td><td>أخرى</td></tr></table>")))
                .containsExactly("الأولى", "الثانية", "خلية", "أخرى");
        assertThat(Analysis.words(PlainText.of("الحكو<em>مة</em> <a href=\"x\">رابط</a>كلمة<sup><a href=\"#fn\">1</a></sup>")))
                .containsExactly("الحكومة", "رابطكلمة", "1");
    }

    @Test
    void entitiesAreDecodedCommentsAndAttributesDropped() {
        assertThat(PlainText.of("<p title=\"a > b\">A &amp; B&nbsp;&#1575;<!-- خفي --></p>")).isEqualTo(" A & B\u00A0ا ");
        assertThat(PlainText.of("<img alt=\"صورة\" src=\"x.jpg\">")).isEqualTo(" ");
    }

    @Test
    void excerptsFoldWhiteSpaceAndStopAtAWordBoundary() {
        assertThat(Excerpts.of("  سطر\n\nثان\t ثالث ")).isEqualTo("سطر ثان ثالث");
        String words = "كلمة ".repeat(Excerpts.MAX_CHARS);
        String excerpt = Excerpts.of(words);
        assertThat(excerpt.length()).isLessThanOrEqualTo(Excerpts.MAX_CHARS).isGreaterThanOrEqualTo(Excerpts.MAX_CHARS - 6);
        assertThat(excerpt).endsWith("كلمة");
        assertThat(Excerpts.of("ب".repeat(Excerpts.MAX_CHARS))).hasSize(Excerpts.MAX_CHARS);
    }
}
