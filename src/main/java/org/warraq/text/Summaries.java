package org.warraq.text;

/** Short plain-text summaries for list pages, feeds and meta descriptions. */
public final class Summaries {
    /** Longest generated summary, in characters, before the ellipsis. */
    public static final int MAX_LENGTH = 280;

    private Summaries() {
    }

    /** {@code text} cleaned to one line and cut at a word boundary, with "…" when cut. */
    public static String cut(String text, int max) {
        String clean = InlineText.clean(text);
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        int end = clean.offsetByCodePoints(0, max);
        int space = clean.lastIndexOf(' ', end);
        String head = space > max / 2 ? clean.substring(0, space) : clean.substring(0, end);
        head = head.replaceAll("[\\s\\p{Punct}،؛]+$", "");
        return head + "…";
    }
}
