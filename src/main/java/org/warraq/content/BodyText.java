package org.warraq.content;

import org.warraq.text.InlineText;

/** Characters removed from bodies before rendering: the same set {@link InlineText} removes, except line ends and tabs. */
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
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        body.codePoints().filter(cp -> !isRemoved(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
