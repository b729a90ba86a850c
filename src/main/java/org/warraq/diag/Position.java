package org.warraq.diag;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * A place in a text file as an editor shows it: 1-based line, 1-based column counted in characters (code
 * points). Every problem, YAML node and template failure is positioned with one of these.
 *
 * @param line   line in the file, from 1
 * @param column column in the line, from 1
 */
public record Position(int line, int column) implements Comparable<Position> {
    /** Line 1, column 1: the place of problems that concern a whole file. */
    public static final Position START = new Position(1, 1);
    /**
     * No place in the file: problems that are about the file itself, not its text (it cannot be read or
     * written), printed {@code path: error: cause (hint)}.
     */
    public static final Position NONE = new Position(0, 0);

    public Position {
        if (line != 0 || column != 0) {
            line = Math.max(1, line);
            column = Math.max(1, column);
        }
    }

    /** Whether this is {@link #NONE}. */
    public boolean isNone() {
        return line == 0;
    }

    /** The position of {@code offset} in {@code text}, a text whose first line is line {@code firstLine} of its file. */
    public static Position inText(CharSequence text, int offset, int firstLine) {
        int end = Math.min(offset, text.length());
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, Character.codePointCount(text, lineStart, end) + 1);
    }

    /**
     * The position of byte {@code offset} of a UTF-8 file (the bytes before it are valid UTF-8); a byte order
     * mark at the start takes no column.
     */
    public static Position inUtf8(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        try {
            String before = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart)).toString();
            if (line == 1 && before.startsWith("\uFEFF")) {
                before = before.substring(1);
            }
            return new Position(line, before.codePointCount(0, before.length()) + 1);
        } catch (CharacterCodingException e) {
            return new Position(line, offset - lineStart + 1);
        }
    }

    /** The same column, {@code lines} lines further down (for text embedded below other lines of its file). */
    public Position down(int lines) {
        return new Position(line + lines, column);
    }

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    /** "3:7", or "" for {@link #NONE}. */
    @Override
    public String toString() {
        return isNone() ? "" : line + ":" + column;
    }
}
