package org.warraq.diag;

/**
 * Text made safe to print on a terminal. File names, front-matter values and agency copy end up in problem
 * lines; raw, an escape sequence among them (ESC, OSC, CSI, in their 7-bit or C1 forms) could retitle the
 * window, hide lines, fake output or worse, and a bidi control could reorder the line shown. Every such
 * character is printed as a visible escape instead: C0 controls except line feed and tab, DEL and C1 controls
 * as {@code \x1B}, bidi embedding, override, isolate and mark characters and the line and paragraph
 * separators as {@code \u202E}. Everything else, Arabic included, is printed as it is. Escaping is per
 * character, so text may be escaped in any pieces, and escaping escaped text changes nothing.
 */
public final class TerminalText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TerminalText() {
    }

    /** {@code text} with every character a terminal would act on shown as an escape. */
    public static String safe(CharSequence text) {
        int i = 0;
        while (i < text.length() && !escaped(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, i);
        for (; i < text.length(); i++) {
            append(out, text.charAt(i));
        }
        return out.toString();
    }

    /**
     * {@link #safe} for text printed as one line (a problem, a path): a line feed in it is escaped too, so it
     * cannot start a line that looks like another problem.
     */
    public static String oneLine(CharSequence text) {
        String safe = safe(text);
        return safe.indexOf('\n') < 0 ? safe : safe.replace("\n", "\\x0A");
    }

    /** Appends {@code c} to {@code out}, as an escape when a terminal would act on it. */
    public static void append(StringBuilder out, char c) {
        if (!escaped(c)) {
            out.append(c);
        } else if (c < 0x100) {
            out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        } else {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
        }
    }

    /** Whether {@code c} is shown as an escape. */
    public static boolean escaped(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\t';
        }
        if (c < 0x7F) {
            return false;
        }
        return c <= 0x9F                        // DEL and the C1 controls (CSI, OSC, NEL…)
                || c == '\u061C'                // Arabic letter mark
                || c == '\u200E' || c == '\u200F' // left-to-right and right-to-left marks
                || c >= '\u2028' && c <= '\u202E' // line and paragraph separators, embeddings, overrides
                || c >= '\u2066' && c <= '\u2069'; // isolates
    }
}
