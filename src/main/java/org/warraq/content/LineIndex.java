package org.warraq.content;

import java.util.Arrays;
import org.warraq.diag.Position;

/**
 * Where each line of a text starts, for finding the {@link Position} of many offsets in one text without
 * scanning it from the start each time.
 */
final class LineIndex {
    private final String text;
    private final int firstLine;
    private final int[] starts;

    LineIndex(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
        int[] found = new int[16];
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i + 1;
        }
        this.starts = Arrays.copyOf(found, n);
    }

    /** The same position as {@link Position#inText(CharSequence, int, int)} gives. */
    Position position(int offset) {
        int end = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(starts, end);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(firstLine + line, text.codePointCount(starts[line], end) + 1);
    }
}
