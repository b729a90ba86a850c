package org.warraq.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BidiControlsTest {
    private static final String LRE = "\u202A";
    private static final String RLE = "\u202B";
    private static final String PDF = "\u202C";
    private static final String LRO = "\u202D";
    private static final String RLO = "\u202E";
    private static final String LRI = "\u2066";
    private static final String RLI = "\u2067";
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    @Test
    void closedEmbeddingsAndOverridesBecomeIsolatesOfTheirDirection() {
        assertThat(BidiControls.isolate("قال " + LRE + "Apple Inc." + PDF + " إن"))
                .isEqualTo("قال " + LRI + "Apple Inc." + PDI + " إن");
        assertThat(BidiControls.isolate("Il a dit " + RLE + "شكرا" + PDF + "."))
                .isEqualTo("Il a dit " + RLI + "شكرا" + PDI + ".");
        assertThat(BidiControls.isolate(RLO + "abc" + PDF + LRO + "د" + PDF)).isEqualTo(RLI + "abc" + PDI + LRI + "د" + PDI);
    }

    @Test
    void closedIsolatesAreKeptAndNestedPairsMatch() {
        String nested = RLI + "أ " + LRE + "b" + PDF + " ج" + PDI + FSI + "x" + PDI;
        assertThat(BidiControls.isolate(nested)).isEqualTo(RLI + "أ " + LRI + "b" + PDI + " ج" + PDI + FSI + "x" + PDI);
        assertThat(BidiControls.firstUnbalanced(nested)).isEqualTo(-1);
    }

    @Test
    void unclosedControlsAndClosersOfNothingAreRemoved() {
        assertThat(BidiControls.isolate(RLE + "نص بلا نهاية")).isEqualTo("نص بلا نهاية");
        assertThat(BidiControls.isolate("نص" + PDF + " و" + PDI)).isEqualTo("نص و");
        assertThat(BidiControls.isolate(LRE + "a" + PDI)).as("a PDI does not close an embedding").isEqualTo("a");
        assertThat(BidiControls.firstUnbalanced("ab" + PDF)).isEqualTo(2);
    }

    @Test
    void aLineEndClosesNothing() {
        assertThat(BidiControls.isolate(LRE + "a\nb" + PDF)).isEqualTo("a\nb");
        assertThat(BidiControls.isolate(LRE + "a" + PDF + "\n" + RLI + "ب" + PDI))
                .isEqualTo(LRI + "a" + PDI + "\n" + RLI + "ب" + PDI);
        assertThat(BidiControls.firstUnbalanced("سطر\n" + RLE + "x")).isEqualTo(4);
    }

    @Test
    void textWithoutControlsIsReturnedAsItIs() {
        String text = "iPhone 16 يصل إلى الأسواق";
        assertThat(BidiControls.isolate(text)).isSameAs(text);
        assertThat(BidiControls.firstUnbalanced(text)).isEqualTo(-1);
    }
}
