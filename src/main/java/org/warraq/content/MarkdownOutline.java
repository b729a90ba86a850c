package org.warraq.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the load stage learns from an article body without parsing it whole: its relative references, the
 * source of its first paragraph (which {@link Markdown#summary} parses alone) and its word count. These are
 * quick line and character scans, because the load stage reads every article of a cold build and a full
 * flexmark parse of each body there would cost about three times the scans (measured on 10,000 generated
 * articles: 1.7 s against 0.5 s of CPU); rendering still parses every body with flexmark. MarkdownTest checks
 * the scans against flexmark's own reading of the same bodies.
 */
final class MarkdownOutline {
    /** Longer than any path a file system takes: such a destination is no reference to a file. */
    private static final int MAX_REFERENCE = 4096;
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]]*\\]");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S.*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*+]|\\d{1,9}[.)])(\\s.*)?$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^(=+|-+)\\s*$");
    private static final Pattern ATX = Pattern.compile("^#{1,6}(\\s.*)?$");

    private MarkdownOutline() {
    }

    /**
     * The relative references of a body (links and images that are not absolute URLs or fragments), found by
     * a quick scan so the load stage need not parse the Markdown. Sorted, without duplicates.
     */
    static List<String> relativeReferences(String body) {
        TreeSet<String> found = new TreeSet<>();
        for (int at = body.indexOf("]("); at >= 0; at = body.indexOf("](", at + 2)) {
            addRelative(found, destination(body, at + 2));
        }
        for (int line = 0; line < body.length(); ) {
            int end = body.indexOf('\n', line);
            end = end < 0 ? body.length() : end;
            int k = line;
            while (k < end && k - line < 3 && body.charAt(k) == ' ') {
                k++;
            }
            if (k < end && body.charAt(k) == '[') {
                int close = k;
                while (close + 1 < end && !(body.charAt(close) == ']' && body.charAt(close + 1) == ':')) {
                    close++;
                }
                if (close + 1 < end) {
                    addRelative(found, destination(body, close + 2));
                }
            }
            line = end + 1;
        }
        for (String attribute : new String[] {"href", "src"}) {
            for (int at = body.indexOf(attribute); at >= 0; at = body.indexOf(attribute, at + 1)) {
                int k = at + attribute.length();
                while (k < body.length() && body.charAt(k) == ' ') {
                    k++;
                }
                if (k + 1 < body.length() && body.charAt(k) == '=') {
                    k++;
                    while (k < body.length() && body.charAt(k) == ' ') {
                        k++;
                    }
                    if (k < body.length() && (body.charAt(k) == '"' || body.charAt(k) == '\'')) {
                        int close = body.indexOf(body.charAt(k), k + 1);
                        if (close > k + 1 && close - k - 1 <= MAX_REFERENCE) {
                            addRelative(found, body.substring(k + 1, close));
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** The link destination starting at {@code from} (after optional spaces): {@code <...>} or up to a space or ')'. */
    private static String destination(String body, int from) {
        int k = from;
        while (k < body.length() && (body.charAt(k) == ' ' || body.charAt(k) == '\t')) {
            k++;
        }
        int limit = (int) Math.min(body.length(), (long) k + MAX_REFERENCE + 1);
        if (k < body.length() && body.charAt(k) == '<') {
            int close = body.indexOf('>', k);
            return close < 0 || close >= limit ? "" : body.substring(k + 1, close);
        }
        int end = k;
        while (end < limit && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != ')') {
            end++;
        }
        return end - k > MAX_REFERENCE ? "" : body.substring(k, end);
    }

    private static void addRelative(Set<String> found, String url) {
        if (!url.isEmpty() && !url.startsWith("#") && !url.startsWith("//") && !Markdown.SCHEME.matcher(url).find()
                && !url.regionMatches(true, 0, "www.", 0, 4)) {
            found.add(url);
        }
    }

    /** Approximate number of words (runs of characters holding a letter or digit). */
    static int countWords(String body) {
        int words = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord && hasLetter) {
                    words++;
                }
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= Character.isLetterOrDigit(c);
            }
        }
        return inWord && hasLetter ? words + 1 : words;
    }

    /**
     * The lines of the first paragraph (skipping headings, lists, quotes, tables, code, HTML and lone
     * images), plus the reference definitions it may use, so only that much needs parsing.
     */
    static String firstParagraphSource(String body) {
        String[] lines = body.split("\n", -1);
        List<String> paragraph = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        String fence = null;
        boolean done = false;
        for (String line : lines) {
            String t = line.strip();
            if (line.indexOf("]:") > 0 && REFERENCE_DEFINITION.matcher(line).matches()) {
                definitions.add(line);
                if (!paragraph.isEmpty()) {
                    done = true;
                }
                continue;
            }
            if (done) {
                continue;
            }
            if (fence != null) {
                if (t.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (paragraph.isEmpty()) {
                if (t.isEmpty() || line.startsWith("    ") || line.startsWith("\t") || startsBlock(t)
                        || (t.startsWith("![") && t.endsWith(")"))) {
                    if (t.startsWith("```") || t.startsWith("~~~")) {
                        fence = t.substring(0, 3);
                    }
                    continue;
                }
                paragraph.add(line);
            } else if (t.isEmpty() || startsBlock(t)) {
                if (SETEXT.matcher(t).matches() && !t.isEmpty()) {
                    paragraph.clear();
                    continue;
                }
                done = true;
            } else {
                paragraph.add(line);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : paragraph) {
            out.append(FOOTNOTE_REF.matcher(line).replaceAll("")).append('\n');
        }
        if (!definitions.isEmpty()) {
            out.append('\n');
            definitions.stream().filter(d -> !d.strip().startsWith("[^")).forEach(d -> out.append(d).append("\n\n"));
        }
        return out.toString();
    }

    private static boolean startsBlock(String t) {
        return ATX.matcher(t).matches() || t.startsWith(">") || t.startsWith("|") || t.startsWith("<")
                || t.startsWith("```") || t.startsWith("~~~") || LIST_ITEM.matcher(t).matches()
                || THEMATIC_BREAK.matcher(t).matches() || SETEXT.matcher(t).matches();
    }
}
