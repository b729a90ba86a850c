package org.warraq.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What reaches a terminal: every character it would act on shown as an escape, everything else as it is. */
class TerminalTextTest {
    @Test
    void escapeAndControlSequencesAreShownNotSent() {
        assertThat(TerminalText.safe("a\u001B]0;title\u0007b\u001B[2Jc\u009B31md\u007Fe\re"))
                .isEqualTo("a\\x1B]0;title\\x07b\\x1B[2Jc\\x9B31md\\x7Fe\\x0De");
    }

    @Test
    void bidiControlsThatCouldReorderALineAreShown() {
        assertThat(TerminalText.safe("x\u202Eabc\u2066d\u2069\u200F\u061C\u2028"))
                .isEqualTo("x\\u202Eabc\\u2066d\\u2069\\u200F\\u061C\\u2028");
    }

    @Test
    void arabicTabsAndLineFeedsStayAndEscapingTwiceChangesNothing() {
        String text = "content/2024/خبر.md:3:7: error:\tوصف\n";
        assertThat(TerminalText.safe(text)).isSameAs(text);
        String escaped = TerminalText.safe("\u001B[31m");
        assertThat(TerminalText.safe(escaped)).isEqualTo(escaped);
    }

    @Test
    void aProblemLineCannotStartAnotherLine() {
        assertThat(TerminalText.oneLine("a.md:1:1: error: x\nb.md:1:1: error: forged"))
                .isEqualTo("a.md:1:1: error: x\\x0Ab.md:1:1: error: forged");
    }
}
