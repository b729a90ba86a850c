package org.warraq.content;

import org.warraq.text.BidiControls;
import org.warraq.text.InlineText;

/**
 * Bodies before rendering: the characters {@link InlineText} removes are removed (except line ends and tabs), and
 * bidi controls are balanced line by line ({@link BidiControls}: closed embeddings become isolates, unclosed
 * controls are removed).
 */
final class BodyText {
    private BodyText() {
    }

    static boolean isRemoved(int cp) {
        return cp != '\n' && cp != '\t' && InlineText.isRemoved(cp);
    }

    /** Index of the first removed character, or -1. */
    static int firstRemoved(String body) {
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            if (isRemoved(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    static String clean(String body) {
        if (firstRemoved(body) < 0) {
            return BidiControls.isolate(body);
        }
        StringBuilder out = new StringBuilder(body.length());
        body.codePoints().filter(cp -> !isRemoved(cp)).forEach(out::appendCodePoint);
        return BidiControls.isolate(out.toString());
    }
}
