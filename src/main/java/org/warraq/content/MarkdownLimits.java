package org.warraq.content;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;

/**
 * What one article's Markdown may hold, checked in one pass over the text before it is parsed, so that
 * formatting it takes time in proportion to its length and fits the formatter's stack ({@link MarkdownRunner}).
 * flexmark-java spends time growing with the square of some counts (emphasis markers and brackets in a
 * paragraph, lines of a paragraph, footnotes of an article) and recurses once per level of nesting and per
 * character of some constructs; these limits bound both, with the count of formatting marks in one paragraph
 * that {@link LinearInlineParser} checks as it parses. Real copy stays far below them: the largest paragraph
 * of a 4,000-article Arabic news corpus has 21,119 characters and 236 lines.
 *
 * <p>A paragraph here is a run of lines between blank lines, list items and headings: never smaller than
 * a paragraph the parser will see, so the counts can only be too high (for a code block, say), never too low.
 */
final class MarkdownLimits {
    /** Block quotes, list items and footnote definitions inside one another. */
    static final int MAX_DEPTH = 20;
    static final int MAX_PARAGRAPH_CHARS = 256 * 1024;
    static final int MAX_PARAGRAPH_LINES = 5_000;
    /** Footnote references and definitions ({@code [^}) in one article. */
    static final int MAX_FOOTNOTES = 1_000;
    /** Inline links and images ({@code ](}) in one article. */
    static final int MAX_LINKS = 10_000;
    private static final String PARAGRAPHS = "split it into paragraphs with blank lines";

    private final String text;
    private final String file;
    private final int firstLine;
    private final Map<String, Problem> problems = new LinkedHashMap<>();
    /** The content columns of the list items and footnotes that may still be open, innermost first. */
    private final Deque<Integer> openItems = new ArrayDeque<>();
    private boolean afterBlank = true;
    private int paragraphChars;
    private int paragraphLines;
    private int footnotes;
    private int links;

    private MarkdownLimits(String text, String file, int firstLine) {
        this.text = text;
        this.file = file;
        this.firstLine = firstLine;
    }

    /**
     * The limits {@code body} (starting on line {@code bodyLine} of {@code file}) goes beyond, each once, at the
     * line and column where it first does; empty when it may be formatted.
     */
    static List<Problem> check(String body, String file, int bodyLine) {
        MarkdownLimits limits = new MarkdownLimits(body, file, bodyLine);
        int lineNo = 0;
        for (int start = 0; start <= body.length(); lineNo++) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            limits.line(start, end, lineNo);
            start = end + 1;
        }
        return List.copyOf(limits.problems.values());
    }

    private void line(int start, int end, int lineNo) {
        int at = start;
        int column = 0;
        int quotes = 0;
        int container = 0;
        while (true) {
            while (at < end && isSpace(text.charAt(at))) {
                column = advance(column, text.charAt(at++));
            }
            if (at == end || text.charAt(at) != '>') {
                break;
            }
            if (++quotes > MAX_DEPTH) {
                tooDeep(lineNo, at - start);
                return;
            }
            at++;
            column++;
            if (at < end && isSpace(text.charAt(at))) {
                column = advance(column, text.charAt(at++));
            }
            container = column;
        }
        if (at == end && quotes == 0) {
            afterBlank = true;
            endParagraph();
            return;
        }
        int indent = column;
        int marker = isThematicBreak(at, end) ? 0 : markerEnd(at, end);
        boolean interrupts = indent - container <= 3 && (isHeading(at, end) || isBullet(at, marker, end));
        if (interrupts || afterBlank) {
            endParagraph();
        }
        if (marker > 0 || afterBlank) {
            while (!openItems.isEmpty() && openItems.peek() > indent) {
                openItems.pop();
            }
        }
        afterBlank = false;
        int depth = quotes + openItems.size();
        // after the first list item, any mix of list items, footnote labels and quotes may follow on the line
        while (marker > 0 || (at < end && text.charAt(at) == '>')) {
            if (++depth > MAX_DEPTH) {
                tooDeep(lineNo, at - start);
                return;
            }
            int contentColumn;
            if (marker > 0) {
                column += marker - at;
                at = marker;
                contentColumn = column + 1;
            } else {
                at++;
                column++;
                contentColumn = column + 1;
            }
            int spaces = 0;
            while (at < end && isSpace(text.charAt(at)) && spaces < 5) {
                column = advance(column, text.charAt(at++));
                spaces++;
            }
            openItems.push(spaces == 0 || spaces == 5 ? contentColumn : column);
            marker = markerEnd(at, end);
        }
        paragraph(start, end, lineNo);
    }

    private void paragraph(int start, int end, int lineNo) {
        paragraphLines++;
        paragraphChars += end - start + 1;
        for (int i = start; i + 1 < end; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (c == '[' && next == '^' && ++footnotes > MAX_FOOTNOTES && !problems.containsKey("footnotes")) {
                report("footnotes", lineNo, i - start, String.format(Locale.ROOT,
                        "more than %,d footnotes in one article", MAX_FOOTNOTES), "split the article");
            } else if (c == ']' && next == '(' && ++links > MAX_LINKS && !problems.containsKey("links")) {
                report("links", lineNo, i - start, String.format(Locale.ROOT,
                        "more than %,d links in one article", MAX_LINKS), "split the article");
            }
        }
        if (paragraphLines > MAX_PARAGRAPH_LINES && !problems.containsKey("lines")) {
            report("lines", lineNo, 0, String.format(Locale.ROOT, "paragraph of more than %,d lines",
                    MAX_PARAGRAPH_LINES), PARAGRAPHS);
        }
        if (paragraphChars > MAX_PARAGRAPH_CHARS && !problems.containsKey("length")) {
            report("length", lineNo, 0, String.format(Locale.ROOT, "paragraph of more than %,d characters",
                    MAX_PARAGRAPH_CHARS), PARAGRAPHS);
        }
    }

    private void endParagraph() {
        paragraphChars = 0;
        paragraphLines = 0;
    }

    private void tooDeep(int lineNo, int offsetInLine) {
        if (problems.containsKey("depth")) {
            return;
        }
        report("depth", lineNo, offsetInLine, String.format(Locale.ROOT,
                "block quotes, lists or footnotes nested more than %d deep", MAX_DEPTH), "nest fewer levels");
    }

    /** Adds the problem of {@code kind} unless one was added already: the first place says enough. */
    private void report(String kind, int lineNo, int offsetInLine, String message, String hint) {
        if (problems.containsKey(kind)) {
            return;
        }
        int lineStart = 0;
        for (int i = 0; i < lineNo; i++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        int column = text.codePointCount(lineStart, Math.min(text.length(), lineStart + offsetInLine)) + 1;
        problems.put(kind, Problem.error(file, new Position(firstLine + lineNo, column), message, hint));
    }

    /**
     * The end of a list marker ({@code - + *}, or up to nine digits and {@code .} or {@code )}) or footnote
     * definition label ({@code [^x]:}) at {@code at}, followed by a space, a tab or the end of the line; 0 when
     * there is none.
     */
    private int markerEnd(int at, int end) {
        if (at >= end) {
            return 0;
        }
        char c = text.charAt(at);
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = at + 1;
        } else if (c >= '0' && c <= '9') {
            after = at;
            while (after < end && after - at < 9 && Character.isDigit(text.charAt(after))) {
                after++;
            }
            if (after >= end || (text.charAt(after) != '.' && text.charAt(after) != ')')) {
                return 0;
            }
            after++;
        } else if (c == '[' && at + 1 < end && text.charAt(at + 1) == '^') {
            int close = text.indexOf("]:", at);
            if (close < 0 || close >= end) {
                return 0;
            }
            after = close + 2;
        } else {
            return 0;
        }
        return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after : 0;
    }

    private boolean isHeading(int at, int end) {
        int hashes = 0;
        while (at + hashes < end && text.charAt(at + hashes) == '#') {
            hashes++;
        }
        return hashes >= 1 && hashes <= 6 && (at + hashes == end || text.charAt(at + hashes) == ' '
                || text.charAt(at + hashes) == '\t');
    }

    /** {@code * * *}, {@code - - -}, {@code _ _ _}: a line, not list items inside one another. */
    private boolean isThematicBreak(int at, int end) {
        if (at >= end || "*-_".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        char c = text.charAt(at);
        int count = 0;
        for (int i = at; i < end; i++) {
            char k = text.charAt(i);
            if (k == c) {
                count++;
            } else if (!isSpace(k)) {
                return false;
            }
        }
        return count >= 3;
    }

    /** A bullet item with text: CommonMark lets it interrupt a paragraph, so a paragraph ends before it. */
    private boolean isBullet(int at, int marker, int end) {
        if (marker != at + 1 || "-+*".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        for (int i = marker; i < end; i++) {
            if (!isSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static int advance(int column, char c) {
        return c == '\t' ? column + 4 - column % 4 : column + 1;
    }
}
