package org.warraq.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The explicit bidi controls of pasted copy, made safe. Agency systems wrap Latin names in Arabic text (and
 * Arabic quotes in French text) in embeddings (U+202A LRE, U+202B RLE … U+202C PDF) or overrides (U+202D LRO,
 * U+202E RLO), and sometimes in isolates (U+2066 LRI, U+2067 RLI, U+2068 FSI … U+2069 PDI). Within one line:
 * <ul>
 *   <li>an embedding or override closed by its PDF becomes an isolate of the same direction (LRE and LRO
 *       become LRI, RLE and RLO become RLI, the PDF a PDI): the wrapped run keeps its direction but can no
 *       longer reorder the text around it, and no override can reverse letters (a known spoofing trick);</li>
 *   <li>an isolate closed by its PDI is kept as it is;</li>
 *   <li>a control that is not closed on its line, and a closer that closes nothing, is removed: left alone it
 *       would reorder the rest of the paragraph.</li>
 * </ul>
 */
public final class BidiControls {
    private static final char LRE = '\u202A';
    private static final char RLE = '\u202B';
    private static final char PDF = '\u202C';
    private static final char LRO = '\u202D';
    private static final char RLO = '\u202E';
    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    private BidiControls() {
    }

    /** Whether {@code c} is an embedding, override, isolate or one of their closers. */
    public static boolean isControl(int c) {
        return c >= LRE && c <= RLO || c >= LRI && c <= PDI;
    }

    /** {@code text} with balanced controls turned into isolates and unbalanced ones removed (see above). */
    public static String isolate(String text) {
        if (!hasControl(text)) {
            return text;
        }
        boolean[] drop = unbalanced(text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (drop[i]) {
                continue;
            }
            out.append(switch (c) {
                case LRE, LRO -> LRI;
                case RLE, RLO -> RLI;
                case PDF -> PDI;
                default -> c;
            });
        }
        return out.toString();
    }

    /** The index of the first control {@link #isolate} removes, or -1. */
    public static int firstUnbalanced(String text) {
        if (!hasControl(text)) {
            return -1;
        }
        boolean[] drop = unbalanced(text);
        for (int i = 0; i < drop.length; i++) {
            if (drop[i]) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Which characters are unbalanced controls: openers and closers must nest, line by line. */
    private static boolean[] unbalanced(String text) {
        boolean[] drop = new boolean[text.length()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                open.forEach(at -> drop[at] = true);
                open.clear();
            } else if (c == LRE || c == RLE || c == LRO || c == RLO || c == LRI || c == RLI || c == FSI) {
                open.push(i);
            } else if (c == PDF || c == PDI) {
                boolean closesTop = !open.isEmpty() && isIsolate(text.charAt(open.peek())) == (c == PDI);
                if (closesTop) {
                    open.pop();
                } else {
                    drop[i] = true;
                }
            }
        }
        open.forEach(at -> drop[at] = true);
        return drop;
    }

    private static boolean isIsolate(char c) {
        return c == LRI || c == RLI || c == FSI;
    }
}
