package org.warraq.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineTextTest {

    @Test
    void collapsesEveryKindOfSpaceAndTrimsInvisibleEnds() {
        assertThat(InlineText.clean("  عنوان\u00A0 مع   مسافات \u00A0")).isEqualTo("عنوان مع مسافات");
        assertThat(InlineText.clean("نتيجة المباراة\u200B\u200B\u200B\u200B")).isEqualTo("نتيجة المباراة");
    }

    @Test
    void removesControlCharactersAndTurnsClosedEmbeddingsIntoIsolates() {
        assertThat(InlineText.clean("\u202Aنص\u202C\u0002")).isEqualTo("\u2066نص\u2069");
        assertThat(InlineText.clean("شركة \u202AApple\u202B")).isEqualTo("شركة Apple");
        assertThat(InlineText.clean("a\u200Fb\u200Cc")).isEqualTo("a\u200Fb\u200Cc");
    }

    @Test
    void cutsSummariesAtAWordBoundary() {
        String text = "كلمة ".repeat(100);
        String cut = Summaries.cut(text, 50);
        assertThat(cut).endsWith("كلمة…");
        assertThat(cut.length()).isLessThanOrEqualTo(51);
        assertThat(Summaries.cut("قصير", 50)).isEqualTo("قصير");
    }
}
