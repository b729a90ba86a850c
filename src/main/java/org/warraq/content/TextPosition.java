package org.warraq.content;

/**
 * A line and column (1-based; the column in characters, as editors count) of an offset in a text that
 * starts on line {@code firstLine} of its file.
 *
 * @param line   line in the file
 * @param column column in the line
 */
record TextPosition(int line, int column) {

    static TextPosition of(String text, int offset, int firstLine) {
        int end = Math.min(offset, text.length());
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, text.codePointCount(lineStart, end) + 1);
    }
}
