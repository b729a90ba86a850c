package org.warraq.content;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;
import org.warraq.text.BidiControls;

/**
 * Numeric character references ({@code &#1;}, {@code &#x0B;}, {@code &#x202E;}...) to the characters a body may
 * not hold ({@link BodyText}): written raw they are removed when the file is read, and written as references
 * they must not come back when the references are read, in a page or in a feed, where most of them make the
 * XML ill-formed and a feed reader rejects the whole feed. The first one an article holds is reported (as a
 * warning, with its line and column, like a raw control character); all are removed from the rendered HTML.
 * References in code are text, shown as written, and left alone.
 */
final class ControlReferences {
    private ControlReferences() {
    }

    /**
     * Warns about the first reference to a removed character in {@code document}: in Markdown (entities, link
     * addresses and titles) and, when raw HTML is read rather than shown ({@code rawHtmlRead}), in raw HTML.
     */
    static void warn(Document document, boolean rawHtmlRead, LineIndex lines, String file, Problems problems) {
        int first = -1;
        String text = null;
        int count = 0;
        for (Node node : document.getDescendants()) {
            int[] found = new int[] {-1, 0};
            if (node instanceof HtmlEntity) {
                find(node.getChars(), false, found);
            } else if (node instanceof LinkNodeBase link) {
                find(link.getUrl(), false, found);
                find(link.getTitle(), false, found);
            } else if (rawHtmlRead && (node instanceof HtmlInlineBase
                    || node instanceof HtmlBlockBase && !(node.getParent() instanceof HtmlBlockBase))) {
                find(node.getChars(), true, found);
            }
            if (found[0] >= 0 && first < 0) {
                first = found[0];
                text = reference(node.getDocument().getChars(), first);
            }
            count += found[1];
        }
        if (first >= 0) {
            Position at = lines.position(first);
            problems.add(Problem.warning(file, at, String.format(Locale.ROOT,
                    "reference '%s' to character U+%04X removed from the text%s", text, valueAt(text),
                    count > 1 ? " (and " + (count - 1) + " more)" : ""),
                    "control, bidi-override and private-use characters are not published"));
        }
    }

    /** {@code html} without the characters a body may not hold, raw or as references (outside code, which is escaped). */
    static String strip(String html) {
        int i = 0;
        while (i < html.length() && !isStart(html, i)) {
            i++;
        }
        if (i == html.length()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length()).append(html, 0, i);
        while (i < html.length()) {
            int end = html.charAt(i) == '&' ? referenceEnd(html, i) : -1;
            if (end > 0) {
                if (!isRemoved(value(html, i, end), true)) {
                    out.append(html, i, end);
                }
                i = end;
                continue;
            }
            int cp = html.codePointAt(i);
            if (!isRemoved(cp, false)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isStart(String html, int i) {
        char c = html.charAt(i);
        return c == '&' ? referenceEnd(html, i) > 0 : BodyText.isRemoved(c) || Character.isSurrogate(c);
    }

    /** Records in {@code found} the offset of the first reference in {@code chars} to a removed character, and counts them. */
    private static void find(BasedSequence chars, boolean html, int[] found) {
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) != '&') {
                continue;
            }
            String rest = chars.subSequence(i, Math.min(chars.length(), i + 12)).toString();
            int end = referenceEnd(rest, 0);
            if (end > 0 && (html || rest.charAt(end - 1) == ';') && isRemoved(value(rest, 0, end), html)) {
                if (found[0] < 0) {
                    found[0] = chars.getIndexOffset(i);
                }
                found[1]++;
            }
        }
    }

    private static String reference(BasedSequence document, int offset) {
        int end = referenceEnd(document.subSequence(offset, Math.min(document.length(), offset + 12)).toString(), 0);
        return document.subSequence(offset, offset + Math.max(end, 2)).toString();
    }

    private static int valueAt(String reference) {
        return value(reference, 0, referenceEnd(reference, 0));
    }

    /** The end of a numeric reference ({@code &#9;}, {@code &#x1F;}; the {@code ;} may be missing, as HTML allows) at {@code i}, or -1. */
    private static int referenceEnd(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i) != '&' || s.charAt(i + 1) != '#') {
            return -1;
        }
        boolean hex = s.charAt(i + 2) == 'x' || s.charAt(i + 2) == 'X';
        int k = hex ? i + 3 : i + 2;
        int digits = k;
        while (k < s.length() && Character.digit(s.charAt(k), hex ? 16 : 10) >= 0 && s.charAt(k) < 128) {
            k++;
        }
        if (k == digits) {
            return -1;
        }
        return k < s.length() && s.charAt(k) == ';' ? k + 1 : k;
    }

    /** The code point a reference names; past U+10FFFF (which readers replace) it is reported as U+FFFD. */
    private static int value(String s, int start, int end) {
        boolean hex = s.charAt(start + 2) == 'x' || s.charAt(start + 2) == 'X';
        int digitsEnd = s.charAt(end - 1) == ';' ? end - 1 : end;
        long value = 0;
        for (int k = start + (hex ? 3 : 2); k < digitsEnd && value <= Character.MAX_CODE_POINT; k++) {
            value = value * (hex ? 16 : 10) + Character.digit(s.charAt(k), hex ? 16 : 10);
        }
        return value > Character.MAX_CODE_POINT ? 0xFFFD : (int) value;
    }

    /**
     * Whether a reference to {@code cp} names a character a body may not hold. A reference to 0 is read as U+FFFD,
     * and HTML reads 128–159 as Windows-1252 characters (&#146; is ’): those are harmless. Bidi controls written
     * as characters are balanced before rendering; written as references they are not, so they are removed.
     */
    private static boolean isRemoved(int cp, boolean html) {
        return cp != 0 && !(html && cp >= 0x80 && cp <= 0x9F)
                && (BodyText.isRemoved(cp) || BidiControls.isControl(cp));
    }
}
