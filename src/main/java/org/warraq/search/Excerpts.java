package org.warraq.search;

/**
 * The beginning of a document's text that its result file keeps for snippets: at most {@link #MAX_CHARS}
 * characters, white space folded, cut at a word boundary, starting after the summary when the text starts
 * with it (a summary taken from the first paragraph is not kept twice). The browser shows the words around
 * the query's words in it, or the summary when they are not in it.
 */
final class Excerpts {
    static final int MAX_CHARS = 600;

    private Excerpts() {
    }

    /** The excerpt of {@code text}, after {@code summary} when the text starts with it. */
    static String of(String text, String summary) {
        String lead = fold(summary.endsWith("…") ? summary.substring(0, summary.length() - 1) : summary,
                summary.length());
        String folded = fold(text, lead.length() + MAX_CHARS + 1);
        if (!lead.isEmpty() && folded.startsWith(lead)) {
            folded = folded.substring(lead.length()).strip();
        }
        return limit(folded);
    }

    static String of(String text) {
        return limit(fold(text, MAX_CHARS + 1));
    }

    /** {@code text} with its white space folded to single spaces, stopped once longer than {@code max}. */
    private static String fold(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() <= max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
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

    /** A folded text cut to the limit at its last space (or at the limit, when there is none late enough). */
    private static String limit(String folded) {
        if (folded.length() <= MAX_CHARS) {
            return folded;
        }
        int cut = folded.lastIndexOf(' ', MAX_CHARS);
        int end = cut > MAX_CHARS / 2 ? cut : MAX_CHARS;
        if (Character.isHighSurrogate(folded.charAt(end - 1))) {
            end--;
        }
        return folded.substring(0, end);
    }
}
