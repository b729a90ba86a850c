package org.warraq.search;

import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The text of a body's HTML as readers see it, in one pass over its characters (no document tree): tags
 * are dropped, a tag that separates words (a paragraph, a cell, a footnote mark) leaves a space, inline
 * formatting leaves nothing, comments go, and entities are decoded (jsoup's decoder).
 */
final class PlainText {
    /** Tags that never separate the letters around them. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "code", "del", "em", "i",
            "ins", "mark", "s", "small", "span", "strong", "u");

    private PlainText() {
    }

    static String of(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        boolean entities = false;
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                entities |= c == '&';
                out.append(c);
                i++;
            } else if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else {
                int end = tagEnd(html, i + 1);
                if (!INLINE.contains(name(html, i + 1, end))) {
                    out.append(' ');
                }
                i = end + 1;
            }
        }
        String text = out.toString();
        return entities ? Parser.unescapeEntities(text, false) : text;
    }

    /** Where the tag that starts before {@code from} ends ('>' outside quotes), or the end of the text. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return html.length();
    }

    /** The tag's name in lower case, without the '/' of an end tag. */
    private static String name(String html, int from, int end) {
        int start = from < end && html.charAt(from) == '/' ? from + 1 : from;
        int stop = start;
        while (stop < end && Character.isLetterOrDigit(html.charAt(stop))) {
            stop++;
        }
        return html.substring(start, stop).toLowerCase(java.util.Locale.ROOT);
    }
}
