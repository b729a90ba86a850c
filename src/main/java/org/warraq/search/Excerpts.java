package org.warraq.search;

/**
 * The beginning of a document's text that its result file keeps for snippets: at most {@link #MAX_CHARS}
 * characters, white space folded, cut at a word boundary. The browser shows the words around the query's
 * words in it, or the summary when they are not in it.
 */
final class Excerpts {
    static final int MAX_CHARS = 600;

    private Excerpts() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS + 16));
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else if (out.length() + (space ? 1 : 0) >= MAX_CHARS) {
                return cut(out);
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A text longer than the limit, cut at its last space (or at the limit, when there is none late enough). */
    private static String cut(StringBuilder out) {
        int cut = out.lastIndexOf(" ");
        int end = cut > MAX_CHARS / 2 ? cut : out.length();
        if (Character.isHighSurrogate(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(0, end);
    }
}
