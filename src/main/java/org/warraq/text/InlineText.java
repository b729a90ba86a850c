package org.warraq.text;

import java.text.Normalizer;

/**
 * Cleaning for one-line values that editors type or agencies paste: titles, tags, names, datelines.
 * Control characters are removed; bidi embeddings and overrides closed on their line become isolates, and
 * unclosed ones are removed ({@link BidiControls}); every run of white space, NBSP and zero-width space
 * becomes one space; the ends are trimmed. Letters are never changed (only NFC-composed).
 */
public final class InlineText {
    private InlineText() {
    }

    public static String clean(String raw) {
        String text = BidiControls.isolate(Normalizer.normalize(raw, Normalizer.Form.NFC));
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                space = true;
            } else if (isRemoved(cp)) {
                continue;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF
                || cp == 0x2028 || cp == 0x2029;
    }

    /** Characters with no place in text a reader sees (bidi controls are {@link BidiControls}' business). */
    public static boolean isRemoved(int cp) {
        return (Character.isISOControl(cp))
                || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF
                || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.PRIVATE_USE;
    }
}
